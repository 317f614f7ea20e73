import { ratesOf, type RateLimitConfig } from '../../config/rate-limit.config';
import { ThrottledError } from '../../errors/throttled.error';
import { monotonicClock, TokenBucket, type Clock } from './token-bucket';
import type { RateLimiter } from './rate-limiter';

interface TenantBuckets {
  readonly requests: TokenBucket;
  readonly upstreamCalls: TokenBucket;
}

/**
 * Each tenant's two token buckets: one on requests, taken before a document is parsed, and one on
 * the upstream calls the cost analysis estimates, taken before execution and settled against the
 * calls actually made (Shopify's requested vs actual cost). State is bounded: past
 * `maxTrackedTenants` the least recently seen tenant is dropped; it is the one most likely to be
 * full again anyway, and a dropped tenant only starts over with a full bucket.
 */
export class TenantRateLimiter implements RateLimiter {
  private readonly tenants = new Map<string, TenantBuckets>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly clock: Clock = monotonicClock,
  ) {}

  /** Takes one request token; a ThrottledError when the tenant is over its request rate. */
  admitRequest(tenantId: string): ThrottledError | undefined {
    const take = this.buckets(tenantId).requests.take(1, this.clock());
    return take.granted ? undefined : new ThrottledError('requests', take.retryAfterMs);
  }

  /**
   * Takes the estimated upstream calls of one operation (1 when there is no estimate): the number
   * taken, to settle later, or a ThrottledError.
   */
  chargeUpstreamCalls(tenantId: string, estimate: number | null): number | ThrottledError {
    const take = this.buckets(tenantId).upstreamCalls.take(estimate ?? 1, this.clock());
    return take.granted ? take.taken : new ThrottledError('upstreamCalls', take.retryAfterMs);
  }

  /** Gives back what was charged but not called, or charges calls beyond the estimate. */
  settleUpstreamCalls(tenantId: string, charged: number, actual: number): void {
    if (charged === actual) return;
    this.buckets(tenantId).upstreamCalls.adjust(charged - actual, this.clock());
  }

  /** How many tenants have bucket state (bounded by `maxTrackedTenants`). */
  get trackedTenants(): number {
    return this.tenants.size;
  }

  private buckets(tenantId: string): TenantBuckets {
    const found = this.tenants.get(tenantId);
    if (found) {
      // Re-inserting keeps the Map in least-recently-seen order for eviction.
      this.tenants.delete(tenantId);
      this.tenants.set(tenantId, found);
      return found;
    }
    const rates = ratesOf(this.config, tenantId);
    const now = this.clock();
    const created = {
      requests: new TokenBucket(rates.requestBurst, rates.requestsPerSecond, now),
      upstreamCalls: new TokenBucket(rates.upstreamCallBurst, rates.upstreamCallsPerSecond, now),
    };
    this.tenants.set(tenantId, created);
    for (const oldest of this.tenants.keys()) {
      if (this.tenants.size <= this.config.maxTrackedTenants) break;
      this.tenants.delete(oldest);
    }
    return created;
  }
}
