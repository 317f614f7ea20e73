import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheObserver } from '../cache/cache-observer';
import type { UpstreamCallObserver } from '../providers/resilience/upstream-call-observer';
import type { BreakerState } from '../providers/upstream-provider';
import { errorCodeLabel, safeLabel } from './metric-labels';

/** What the breaker gauge reads at each scrape: the configured instances. */
export interface BreakerSource {
  all(): readonly { readonly id: string; readonly provider: string; breakerState(): BreakerState }[];
}

const BREAKER_STATES: readonly BreakerState[] = ['closed', 'half-open', 'open'];

/** Seconds; GraphQL requests span a cache hit (ms) to a slow fan-out (the 30 s request deadline). */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The Prometheus metrics of ONE gateway, on a registry of its own (not prom-client's global one),
 * so several gateways in one process (tests) never share or collide. Every label value is bounded:
 * operation names through OperationLabels, codes through errorCodeLabel, providers, operations and
 * instances from the config and our own constants; never an id, a tenant or query text.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'jobgraph_requests_total',
    help: 'GraphQL HTTP requests answered, by operation name and HTTP status.',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });
  private readonly requestDuration = new Histogram({
    name: 'jobgraph_request_duration_seconds',
    help: 'GraphQL HTTP request latency (arrival to last byte), by operation name.',
    labelNames: ['operation'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'jobgraph_errors_total',
    help: 'Errors answered to clients, by extensions.code (one per error in a response).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly upstreamCalls = new Counter({
    name: 'jobgraph_upstream_calls_total',
    help: 'HTTP requests sent to providers (every attempt, retries included), by provider and operation.',
    labelNames: ['provider', 'operation'] as const,
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: 'jobgraph_upstream_call_duration_seconds',
    help: 'Latency of one upstream attempt, by provider and operation.',
    labelNames: ['provider', 'operation'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly upstreamErrors = new Counter({
    name: 'jobgraph_upstream_errors_total',
    help: 'Failed upstream attempts, by provider, operation and the code they were classified as.',
    labelNames: ['provider', 'operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly upstreamRetries = new Counter({
    name: 'jobgraph_upstream_retries_total',
    help: 'Retries the call policies decided, by provider and operation.',
    labelNames: ['provider', 'operation'] as const,
    registers: [this.registry],
  });
  private readonly cacheHits = new Counter({
    name: 'jobgraph_cache_hits_total',
    help: 'Upstream reads answered from the cross-request cache, by provider and operation.',
    labelNames: ['provider', 'operation'] as const,
    registers: [this.registry],
  });
  private readonly cacheMisses = new Counter({
    name: 'jobgraph_cache_misses_total',
    help: 'Cacheable upstream reads that had to call upstream, by provider and operation.',
    labelNames: ['provider', 'operation'] as const,
    registers: [this.registry],
  });
  private readonly cacheEvictions = new Counter({
    name: 'jobgraph_cache_evictions_total',
    help: 'Entries the in-process LRU dropped to make room.',
    registers: [this.registry],
  });
  private readonly redisUp = new Gauge({
    name: 'jobgraph_cache_redis_up',
    help: '1 while the shared cache reaches Redis, 0 while it serves without it; absent without Redis.',
    registers: [this.registry],
  });

  constructor(breakers: BreakerSource) {
    new Gauge({
      name: 'jobgraph_upstream_breaker_state',
      help: 'Circuit breaker of each provider instance: 1 on its current state, 0 on the others.',
      labelNames: ['provider', 'instance', 'state'] as const,
      registers: [this.registry],
      collect() {
        // Read at scrape time: the breakers live in the policies, not here.
        for (const instance of breakers.all()) {
          const current = instance.breakerState();
          for (const state of BREAKER_STATES)
            this.set(
              { provider: instance.provider, instance: safeLabel(instance.id), state },
              state === current ? 1 : 0,
            );
        }
      },
    });
    // Event-loop lag, heap, GC, CPU, handles: prom-client's defaults, on this registry only.
    collectDefaultMetrics({ register: this.registry });
  }

  /** One answered GraphQL request; `operation` is already an OperationLabels label. */
  requestEnded(operation: string, status: number, durationMs: number, errorCodes: readonly string[]): void {
    this.requests.inc({ operation, status: String(status) });
    this.requestDuration.observe({ operation }, durationMs / 1000);
    for (const code of errorCodes) this.errors.inc({ code: errorCodeLabel(code) });
  }

  /** The observer the provider registry's policies report to. */
  readonly upstream: UpstreamCallObserver = {
    attemptEnded: ({ provider, operation, durationMs, errorCode }) => {
      const labels = { provider: safeLabel(provider), operation: safeLabel(operation) };
      this.upstreamCalls.inc(labels);
      this.upstreamDuration.observe(labels, durationMs / 1000);
      if (errorCode !== null) this.upstreamErrors.inc({ ...labels, code: errorCodeLabel(errorCode) });
    },
    retried: (provider, operation) =>
      this.upstreamRetries.inc({ provider: safeLabel(provider), operation: safeLabel(operation) }),
  };

  /** The observer src/cache reports to (its `observe`), when the gateway is given a cache. */
  readonly cache: CacheObserver = {
    hit: ({ provider, operation }) =>
      this.cacheHits.inc({ provider: safeLabel(provider), operation: safeLabel(operation) }),
    miss: ({ provider, operation }) =>
      this.cacheMisses.inc({ provider: safeLabel(provider), operation: safeLabel(operation) }),
    eviction: () => this.cacheEvictions.inc(),
    redisState: (state) => this.redisUp.set(state === 'up' ? 1 : 0),
  };

  /** The exposition text and its content type, for GET /metrics. */
  async scrape(): Promise<{ readonly contentType: string; readonly text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  /** Drops every metric (the gateway stopped). */
  clear(): void {
    this.registry.clear();
  }
}
