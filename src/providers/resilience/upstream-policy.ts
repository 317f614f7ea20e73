import {
  CircuitState,
  circuitBreaker,
  CountBreaker,
  handleWhen,
  isBrokenCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { BreakerState } from '../upstream-provider';
import type { ResilienceConfig } from '../../config/resilience.config';
import { GatewayBusyError } from '../../errors/gateway-busy.error';
import { GatewayError } from '../../errors/gateway-error';
import { RequestTimeoutError } from '../../errors/timeout.error';
import { UpstreamError } from '../../errors/upstream.error';
import { deadlineSignal } from '../../request/deadline-signal';
import { currentRequestScope, type RequestScope } from '../../request/request-scope';
import { upstreamTraceParent } from '../../request/request-trace';
import { fullJitterDelay } from './backoff';
import type { UpstreamCallObserver } from './upstream-call-observer';
import { FairQueue, FairQueueAbortedError, FairQueueFullError } from './fair-queue';
import { RetryBudget } from './retry-budget';

/** What a policy needs to know about one logical call. */
export interface UpstreamCall<T> {
  readonly operation: string;
  /** Only idempotent reads are retried. */
  readonly idempotent: boolean;
  /** One attempt; must stop work when `signal` aborts, and throw UpstreamError for failures. */
  attempt(signal: AbortSignal): Promise<T>;
}

/** Counters a metrics endpoint or a test can read. */
export interface UpstreamPolicyStats {
  calls: number;
  attempts: number;
  retries: number;
  failuresFastByBreaker: number;
  /** Calls refused with GATEWAY_BUSY because the instance's fair queue was full. */
  refusedBusy: number;
}

/** The queue share of calls made outside any request (start-up checks, direct provider use in tests). */
const NO_TENANT = '';

/** Failures that say the upstream is unwell (not that our request was wrong, nor plain throttling). */
function countsAgainstBreaker(error: unknown): boolean {
  return error instanceof UpstreamError && error.retryable && error.code !== 'UPSTREAM_THROTTLED';
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The call policy of ONE provider instance, kept for the life of the process (breaker state and
 * the concurrency cap must be shared by all requests). Per call: a retry loop for idempotent reads
 * (full-jitter back-off, or the upstream's retry-after hint; within a retry budget and the overall
 * deadline), around a per-tenant fair queue, around a circuit breaker, around a per-attempt timeout.
 * The request the call works for (its tenant, deadline signal and call count) is read once, when
 * the call starts: queued attempts may later be run from another request's release.
 */
export class UpstreamPolicy {
  readonly stats: UpstreamPolicyStats = {
    calls: 0,
    attempts: 0,
    retries: 0,
    failuresFastByBreaker: 0,
    refusedBusy: 0,
  };
  private readonly breaker: CircuitBreakerPolicy;
  private readonly queue: FairQueue;
  private readonly budget: RetryBudget;
  /** Per gateway (/metrics), attached after the registry is built; a Set so a stopped gateway detaches. */
  private readonly observers = new Set<UpstreamCallObserver>();

  constructor(
    readonly provider: string,
    private readonly config: ResilienceConfig,
    private readonly random: () => number = Math.random,
  ) {
    this.breaker = circuitBreaker(handleWhen(countsAgainstBreaker), {
      halfOpenAfter: config.breakerHalfOpenAfterMs,
      breaker: new CountBreaker({
        threshold: config.breakerThreshold,
        size: config.breakerWindow,
        minimumNumberOfCalls: Math.min(config.breakerMinimumCalls, config.breakerWindow),
      }),
    });
    this.queue = new FairQueue({
      maxConcurrent: config.maxConcurrent,
      maxQueue: config.maxQueue,
      maxQueuePerTenant: config.maxQueuePerTenant,
    });
    this.budget = new RetryBudget(config.retryBudgetRatio, config.retryBudgetMinPerSecond);
  }

  /** Whether the breaker currently fails calls fast (for /readyz). */
  get breakerState(): BreakerState {
    const state = this.breaker.state;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /** Calls running and waiting on this instance now (for /metrics). */
  get load(): { readonly inFlight: number; readonly queued: number } {
    return { inFlight: this.queue.inFlight, queued: this.queue.queued };
  }

  /** Tells `observer` of every attempt and retry from now on; the returned function detaches it. */
  observe(observer: UpstreamCallObserver): () => void {
    this.observers.add(observer);
    return () => void this.observers.delete(observer);
  }

  /** An observer's failure is its own: it never fails the call it watched. */
  private notify(tell: (observer: UpstreamCallObserver) => void): void {
    for (const observer of this.observers) {
      try {
        tell(observer);
      } catch {
        // Metrics are best effort; the call's outcome is what the caller needs.
      }
    }
  }

  /**
   * Runs one logical call under the policy. Rejects with UpstreamError, with RequestTimeoutError
   * once the request is over (then nothing more is sent), or with GatewayBusyError when the
   * instance's queue cannot take the call.
   */
  async execute<T>(call: UpstreamCall<T>): Promise<T> {
    const scope = currentRequestScope();
    // Undefined unless this request is traced (and then the calling resolver's span starts here).
    const trace = upstreamTraceParent();
    if (scope?.signal.aborted) throw new RequestTimeoutError();
    this.stats.calls += 1;
    this.budget.recordCall();
    // Our own composite rather than AbortSignal.any: on Node 20 `any` registers weak references and a
    // finalizer per signal, a measurable share of a small request's CPU (two per upstream call).
    const deadline = deadlineSignal(this.config.deadlineMs, ...(scope ? [scope.signal] : []));
    const { signal } = deadline;
    const startedAt = Date.now();
    try {
      for (let attempt = 1; ; attempt++) {
        const span = trace?.startAttempt(this.provider, call.operation, attempt);
        try {
          const value = await this.attemptOnce(call, signal, scope);
          span?.end();
          return value;
        } catch (error) {
          const failure = this.classify(error, call.operation, scope);
          span?.end(failure);
          const wait =
            failure instanceof UpstreamError
              ? this.retryWait(failure, attempt, call, Date.now() - startedAt)
              : undefined;
          if (wait === undefined) throw failure;
          this.stats.retries += 1;
          this.notify((observer) => observer.retried(this.provider, call.operation));
          await sleep(wait, signal);
          if (scope?.signal.aborted) throw new RequestTimeoutError();
          if (signal.aborted) throw this.timeoutError(call.operation, 'the overall deadline passed');
        }
      }
    } finally {
      deadline.clear();
    }
  }

  /** The wait before the next attempt, or undefined when this failure is final. */
  private retryWait(
    failure: UpstreamError,
    attempt: number,
    call: UpstreamCall<unknown>,
    elapsedMs: number,
  ): number | undefined {
    if (!call.idempotent || !failure.retryable || attempt >= this.config.maxAttempts) return undefined;
    const hint = failure.retryAfterMs;
    if (hint !== undefined && hint > this.config.maxRetryAfterMs) return undefined;
    const wait =
      hint ?? fullJitterDelay(attempt, this.config.backoffBaseMs, this.config.backoffMaxMs, this.random);
    if (elapsedMs + wait >= this.config.deadlineMs) return undefined;
    return this.budget.tryRetry() ? wait : undefined;
  }

  private attemptOnce<T>(
    call: UpstreamCall<T>,
    signal: AbortSignal,
    scope: RequestScope | undefined,
  ): Promise<T> {
    return this.queue.run(scope?.tenantId ?? NO_TENANT, signal, () => {
      // Checked before the breaker: a call given up in the queue must not pass for a half-open trial.
      if (signal.aborted) throw new FairQueueAbortedError();
      return this.breaker.execute(() => this.withAttemptTimeout(call, signal, scope));
    });
  }

  /** Counts an attempt that is really sent: on the instance, and on the request it works for. */
  private countAttempt(scope: RequestScope | undefined): void {
    this.stats.attempts += 1;
    if (!scope) return;
    scope.upstream.calls += 1;
    scope.upstream.byProvider[this.provider] = (scope.upstream.byProvider[this.provider] ?? 0) + 1;
  }

  /** Races the attempt against its own timeout and the call's signal; aborts the loser's I/O. */
  private withAttemptTimeout<T>(
    call: UpstreamCall<T>,
    outer: AbortSignal,
    scope: RequestScope | undefined,
  ): Promise<T> {
    const attemptDeadline = deadlineSignal(this.config.attemptTimeoutMs, outer);
    const { signal } = attemptDeadline;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () =>
        reject(
          scope?.signal.aborted
            ? new RequestTimeoutError()
            : this.timeoutError(call.operation, 'the upstream did not answer in time'),
        );
      if (signal.aborted) {
        attemptDeadline.clear();
        return onAbort();
      }
      this.countAttempt(scope);
      const startedAt = performance.now();
      const ended = (errorCode: string | null) =>
        this.notify((observer) =>
          observer.attemptEnded({
            provider: this.provider,
            operation: call.operation,
            durationMs: performance.now() - startedAt,
            errorCode,
          }),
        );
      signal.addEventListener('abort', onAbort, { once: true });
      // Both settle paths are handled here, so the attempt's own promise never rejects unobserved.
      call
        .attempt(signal)
        .then(
          (value) => {
            ended(null);
            resolve(value);
          },
          (error: unknown) => {
            ended(
              error instanceof GatewayError
                ? error.code
                : signal.aborted
                  ? 'UPSTREAM_TIMEOUT'
                  : 'UPSTREAM_ERROR',
            );
            reject(error);
          },
        )
        .finally(() => {
          attemptDeadline.clear();
          signal.removeEventListener('abort', onAbort);
        });
    });
  }

  private timeoutError(operation: string, why: string): UpstreamError {
    return new UpstreamError({
      provider: this.provider,
      operation,
      code: null,
      requestId: null,
      classification: 'UPSTREAM_TIMEOUT',
      retryable: true,
      message: `${this.provider} ${operation} timed out: ${why}.`,
    });
  }

  /** What the caller sees of a failed attempt: the request being over wins over whatever the attempt failed with. */
  private classify(error: unknown, operation: string, scope: RequestScope | undefined): GatewayError {
    if (scope?.signal.aborted) return new RequestTimeoutError();
    if (error instanceof GatewayError) return error;
    if (error instanceof FairQueueFullError || error instanceof FairQueueAbortedError) {
      // Aborted while queued without the request being over: the call's own deadline passed in the queue.
      this.stats.refusedBusy += 1;
      return new GatewayBusyError(this.provider);
    }
    const base = {
      provider: this.provider,
      operation,
      code: null,
      requestId: null,
      classification: 'UPSTREAM_UNAVAILABLE' as const,
    };
    if (isBrokenCircuitError(error)) {
      this.stats.failuresFastByBreaker += 1;
      return new UpstreamError({
        ...base,
        retryable: false,
        message: `${this.provider} is failing; calls are paused for a moment (circuit open).`,
      });
    }
    // A bug below us, not an upstream answer: keep it typed, keep its text out of the message.
    return new UpstreamError({
      ...base,
      classification: 'UPSTREAM_ERROR',
      retryable: false,
      message: `${this.provider} ${operation} failed unexpectedly.`,
    });
  }
}
