import type { RateLimitConfig } from '../../config/rate-limit.config';
import type { LogSink } from '../../errors/log-sink';
import type { ThrottledError } from '../../errors/throttled.error';
import { SharedTenantRateLimiter, type SharedRateLimitOptions } from './shared-tenant-rate-limiter';
import { TenantRateLimiter } from './tenant-rate-limiter';

/** A value now, or once Redis answered: the in-process limiter is synchronous, the shared one is not. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * A tenant's two rates, as the HTTP handler (requests) and the rate-limit plugin (upstream calls)
 * take them. Implemented in process (TenantRateLimiter) and across replicas on Redis
 * (SharedTenantRateLimiter); neither ever rejects: a limiter that cannot count admits.
 */
export interface RateLimiter {
  /** Takes one request token; a ThrottledError when the tenant is over its request rate. */
  admitRequest(tenantId: string): MaybePromise<ThrottledError | undefined>;
  /** Takes the estimated upstream calls (1 without an estimate): the number taken, or a ThrottledError. */
  chargeUpstreamCalls(tenantId: string, estimate: number | null): MaybePromise<number | ThrottledError>;
  /** Gives back what was charged but not called, or charges calls beyond the estimate. */
  settleUpstreamCalls(tenantId: string, charged: number, actual: number): MaybePromise<void>;
  /** Whether it counts on Redis, once it first connected or failed to (bounded); absent in process. */
  ready?(): Promise<boolean>;
  /** Releases what the limiter holds (a Redis connection); nothing for the in-process one. */
  close?(): Promise<void>;
}

/**
 * The limiter the config asks for: none when `rateLimit.enabled` is false, shared through Redis
 * when `rateLimit.redis` is resolved (cache.redis set, not switched off), else per process.
 */
export function createRateLimiter(
  config: RateLimitConfig,
  options: { readonly log: LogSink } & Omit<SharedRateLimitOptions, 'log'>,
): RateLimiter | undefined {
  if (!config.enabled) return undefined;
  if (config.redis) return new SharedTenantRateLimiter({ ...config, redis: config.redis }, options);
  return new TenantRateLimiter(config);
}
