import { z } from 'zod';
import type { RedisCacheConfig } from './cache.config';

/**
 * Per-tenant rates (token buckets). Sized so that one person in GraphiQL, a dashboard and the test
 * suite never notice them (a `jobs(first: 50)` over the demo data is estimated at about 110 calls
 * and makes about 35), while a runaway client is held to a steady rate well inside what one
 * provider account's API quota allows. Operators size them from their providers' quotas;
 * per-tenant overrides go under `tenants`.
 */
export const RATE_LIMIT_DEFAULTS = {
  /** Requests a tenant may send per second, sustained. */
  requestsPerSecond: 50,
  /** Requests a tenant may send at once after being idle. */
  requestBurst: 200,
  /**
   * Upstream calls a tenant may cause per second, sustained: one maximal query (`limits.maxUpstreamCalls`).
   * Admission is by the cost analysis's estimate, settled against the calls made.
   */
  upstreamCallsPerSecond: 250,
  /** Upstream calls a tenant may cause at once after being idle: ten maximal queries. */
  upstreamCallBurst: 2_500,
} as const;

/** One tenant's resolved rates. */
export type RateLimitRates = { -readonly [K in keyof typeof RATE_LIMIT_DEFAULTS]: number };

/** The resolved `rateLimit:` section. */
export interface RateLimitConfig extends RateLimitRates {
  /** `false` turns both limits off (a deployment that rate-limits in front of the gateway). */
  readonly enabled: boolean;
  /** Tenants whose buckets are kept; the least recently seen is dropped past this (its next request starts full). */
  readonly maxTrackedTenants: number;
  /** Rates of named tenants, each the global rates with its own overrides on top. */
  readonly tenants: Readonly<Record<string, RateLimitRates>>;
  /**
   * The Redis the buckets are kept on, so that every replica counts against the same buckets: the
   * cache's (`cache.redis`) unless `rateLimit.redis: false`; absent, each process counts alone.
   */
  readonly redis?: RedisCacheConfig;
}

/** Bucket state kept for this many tenants at most (about 200 bytes each). */
const DEFAULT_MAX_TRACKED_TENANTS = 10_000;

const positiveRate = z.number().positive().finite();
const burst = z.number().int().min(1);

const ratesSchema = z
  .object({
    requestsPerSecond: positiveRate,
    requestBurst: burst,
    upstreamCallsPerSecond: positiveRate,
    upstreamCallBurst: burst,
  })
  .partial()
  .strict();

/** `rateLimit:` in the config file: global rates, `enabled`, and per-tenant overrides keyed by tenant id. */
export const rateLimitSchema = ratesSchema
  .extend({
    enabled: z.boolean().optional(),
    maxTrackedTenants: z.number().int().min(1).optional(),
    // Unset: shared whenever cache.redis.url is; true without cache.redis is refused (config.schema.ts).
    redis: z.boolean().optional(),
    tenants: z.record(z.string().min(1), ratesSchema).optional(),
  })
  .strict();

/** The `rateLimit:` section as written. */
export type RateLimitOverrides = z.infer<typeof rateLimitSchema>;

function layer(base: RateLimitRates, overrides: z.infer<typeof ratesSchema> | undefined): RateLimitRates {
  const rates = { ...base };
  for (const [key, value] of Object.entries(overrides ?? {}))
    if (value !== undefined) rates[key as keyof RateLimitRates] = value;
  return rates;
}

/**
 * Defaults, then the file's global rates, then each named tenant's own; the buckets go on
 * `sharedRedis` (the resolved `cache.redis`) unless the file says `redis: false`.
 */
export function resolveRateLimit(
  overrides: RateLimitOverrides | undefined = {},
  sharedRedis?: RedisCacheConfig,
): RateLimitConfig {
  const { enabled, maxTrackedTenants, tenants, redis, ...global } = overrides;
  const rates = layer({ ...RATE_LIMIT_DEFAULTS }, global);
  return {
    ...rates,
    enabled: enabled ?? true,
    maxTrackedTenants: maxTrackedTenants ?? DEFAULT_MAX_TRACKED_TENANTS,
    tenants: Object.fromEntries(Object.entries(tenants ?? {}).map(([id, own]) => [id, layer(rates, own)])),
    ...(sharedRedis && redis !== false ? { redis: sharedRedis } : {}),
  };
}

/** One tenant's rates: its own overrides, else the global rates. */
export function ratesOf(config: RateLimitConfig, tenantId: string): RateLimitRates {
  // hasOwn: a tenant called `constructor` must not pick up Object.prototype's members.
  return (Object.hasOwn(config.tenants, tenantId) ? config.tenants[tenantId] : undefined) ?? config;
}
