import { createHash } from 'node:crypto';
import type { RedisState } from '../../cache/cache-observer';
import { RedisConnection } from '../../cache/redis-connection';
import type { RedisCacheConfig } from '../../config/cache.config';
import { ratesOf, type RateLimitConfig } from '../../config/rate-limit.config';
import type { LogSink } from '../../errors/log-sink';
import { ThrottledError } from '../../errors/throttled.error';
import type { RateLimiter } from './rate-limiter';
import { RedisTokenBuckets, type BucketShape } from './redis-token-bucket';
import { TenantRateLimiter } from './tenant-rate-limiter';
import { monotonicClock, type Clock, type Take } from './token-bucket';

/** What the shared limiter needs besides its config. */
export interface SharedRateLimitOptions {
  /** One warn line per Redis outage and one when it is back; never the server's address. */
  readonly log: LogSink;
  /** Told each transition of the Redis connection (the `jobgraph_cache_redis_up` gauge). */
  readonly onRedisState?: (state: RedisState) => void;
  /**
   * Milliseconds, for the Redis buckets and the local fallback alike; when absent the Redis
   * server's clock (one clock for every replica) and the process's monotonic clock.
   */
  readonly clock?: Clock;
}

type BucketKind = 'requests' | 'upstreamCalls';

/**
 * Each tenant's two token buckets kept on Redis, so replicas behind one load balancer count a
 * tenant's requests and upstream calls together: what a tenant may do is the configured rate,
 * not the rate times the number of replicas. Every step is one atomic script
 * (redis-token-bucket.ts). Redis never fails a request: while it is unreachable (or a command
 * fails or times out) the step is taken from the in-process buckets of a TenantRateLimiter, so
 * each replica then counts alone; the outage is logged once and reported to `onRedisState`, and
 * the shared buckets are used again as soon as the client reconnects (ioredis, with back-off).
 */
export class SharedTenantRateLimiter implements RateLimiter {
  private readonly redis: RedisConnection;
  private readonly buckets: RedisTokenBuckets;
  private readonly local: TenantRateLimiter;

  constructor(
    private readonly config: RateLimitConfig & { readonly redis: RedisCacheConfig },
    options: SharedRateLimitOptions,
  ) {
    this.redis = new RedisConnection(
      config.redis,
      'ratelimit:',
      {
        down: "rate limit: Redis is unavailable; each process counts tenants' rates alone until it is back",
        back: "rate limit: Redis is back; tenants' rates are counted across processes again",
      },
      options.log,
      options.onRedisState,
    );
    this.buckets = new RedisTokenBuckets(this.redis.client, options.clock);
    this.local = new TenantRateLimiter(config, options.clock ?? monotonicClock);
  }

  async admitRequest(tenantId: string): Promise<ThrottledError | undefined> {
    const take = await this.shared((buckets) =>
      buckets.take(keyOf(tenantId, 'requests'), this.shape(tenantId, 'requests'), 1),
    );
    if (take === undefined) return this.local.admitRequest(tenantId);
    return take.granted ? undefined : new ThrottledError('requests', take.retryAfterMs);
  }

  async chargeUpstreamCalls(tenantId: string, estimate: number | null): Promise<number | ThrottledError> {
    const take: Take | undefined = await this.shared((buckets) =>
      buckets.take(keyOf(tenantId, 'upstreamCalls'), this.shape(tenantId, 'upstreamCalls'), estimate ?? 1),
    );
    if (take === undefined) return this.local.chargeUpstreamCalls(tenantId, estimate);
    return take.granted ? take.taken : new ThrottledError('upstreamCalls', take.retryAfterMs);
  }

  async settleUpstreamCalls(tenantId: string, charged: number, actual: number): Promise<void> {
    if (charged === actual) return;
    const done = await this.shared(async (buckets) => {
      await buckets.adjust(
        keyOf(tenantId, 'upstreamCalls'),
        this.shape(tenantId, 'upstreamCalls'),
        charged - actual,
      );
      return true;
    });
    if (done === undefined) this.local.settleUpstreamCalls(tenantId, charged, actual);
  }

  /** Whether the shared buckets are in use, once the first connection succeeded or failed (bounded). */
  ready(timeoutMs?: number): Promise<boolean> {
    return this.redis.ready(timeoutMs);
  }

  /** Closes the Redis connection and stops reconnecting. */
  close(): Promise<void> {
    return this.redis.close();
  }

  /** The step on Redis, or undefined when it cannot be taken there (then it is taken locally). */
  private async shared<T>(step: (buckets: RedisTokenBuckets) => Promise<T>): Promise<T | undefined> {
    if (!this.redis.isUp) return undefined;
    try {
      return await step(this.buckets);
    } catch {
      this.redis.failed();
      return undefined;
    }
  }

  private shape(tenantId: string, kind: BucketKind): BucketShape {
    const rates = ratesOf(this.config, tenantId);
    return kind === 'requests'
      ? { capacity: rates.requestBurst, refillPerSecond: rates.requestsPerSecond }
      : { capacity: rates.upstreamCallBurst, refillPerSecond: rates.upstreamCallsPerSecond };
  }
}

/**
 * A bucket's key under the `ratelimit:` prefix: the tenant id hashed, so any id (a JWT claim may
 * hold anything) makes a short key that shows no tenant name to whoever reads the Redis.
 */
function keyOf(tenantId: string, kind: BucketKind): string {
  return `${kind}:${createHash('sha256').update(tenantId).digest('base64url').slice(0, 22)}`;
}
