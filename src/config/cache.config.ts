import { z } from 'zod';
import type { Secret } from './secret';
import { secretRefSchema } from './secret';

/**
 * The cross-request cache of upstream reads. TTLs follow how fast the data changes: lists and live
 * states move within seconds, while a run in a final state, workspaces and templates change in
 * minutes if at all. Lists are served stale for a while longer while one call refreshes them.
 */
export const CACHE_DEFAULTS = {
  /** `false`: every read goes upstream (the DataLoaders still dedupe within a request). */
  enabled: true,
  /** Entries the in-process LRU keeps; the least recently used is dropped past this. */
  maxEntries: 10_000,
  /** Pages of job runs, jobs and executions. */
  listTtlMs: 5_000,
  /** How long past its TTL a list page is still served while one background call refreshes it. */
  listStaleMs: 30_000,
  /** One job, run or execution that is not in a final state. */
  liveTtlMs: 5_000,
  /** One job, run or execution in a final state (SUCCEEDED, FAILED, CANCELLED). */
  terminalTtlMs: 600_000,
  /** Workspaces, job templates and metalakes. */
  catalogTtlMs: 300_000,
  /** How long past its TTL a catalog listing is still served while one background call refreshes it. */
  catalogStaleMs: 300_000,
} as const;

/** Redis tuning; the URL itself has no default (no Redis unless configured). */
export const REDIS_CACHE_DEFAULTS = {
  /** Prefix of every key jobgraph writes. */
  keyPrefix: 'jobgraph:',
  /** A Redis command slower than this counts as failed: the read goes on from memory and upstream. */
  commandTimeoutMs: 250,
  connectTimeoutMs: 2_000,
  /** Reconnection back-off: base, doubled per attempt up to the maximum. */
  reconnectBaseMs: 100,
  reconnectMaxMs: 10_000,
  /** How long a process holds the cross-process single-flight lock of one key. */
  lockMs: 5_000,
  /** How long a process waits for another's call before making its own. */
  lockWaitMs: 2_000,
  /** How often a waiting process looks for the other's answer. */
  lockPollMs: 20,
} as const;

/** The resolved `cache.redis` section. */
export interface RedisCacheConfig {
  /** `redis://host:port/db` or `rediss://...`, without a password (that comes from `password`). */
  readonly url: string;
  readonly password?: Secret;
  readonly keyPrefix: string;
  readonly commandTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly reconnectBaseMs: number;
  readonly reconnectMaxMs: number;
  readonly lockMs: number;
  readonly lockWaitMs: number;
  readonly lockPollMs: number;
}

/** The resolved `cache:` section. */
export interface CacheConfig {
  readonly enabled: boolean;
  readonly maxEntries: number;
  readonly listTtlMs: number;
  readonly listStaleMs: number;
  readonly liveTtlMs: number;
  readonly terminalTtlMs: number;
  readonly catalogTtlMs: number;
  readonly catalogStaleMs: number;
  /** Shared across processes when set; in-process memory only when absent. */
  readonly redis?: RedisCacheConfig;
}

const ms = z.number().int().min(0);
const positiveMs = z.number().int().positive();

/** `cache.redis:` as written. */
const redisSchema = z
  .object({
    url: z
      .string()
      .url()
      .refine((url) => /^rediss?:$/.test(new URL(url).protocol), 'expected a redis:// or rediss:// URL')
      .refine(
        (url) => new URL(url).password === '',
        'a Redis password may not be written in the URL; use password: { env: VARIABLE_NAME }',
      ),
    password: secretRefSchema.optional(),
    keyPrefix: z.string().max(64).optional(),
    commandTimeoutMs: positiveMs.optional(),
    connectTimeoutMs: positiveMs.optional(),
    reconnectBaseMs: positiveMs.optional(),
    reconnectMaxMs: positiveMs.optional(),
    lockMs: positiveMs.optional(),
    lockWaitMs: ms.optional(),
    lockPollMs: positiveMs.optional(),
  })
  .strict();

/** `cache:` in the config file. */
export const cacheSchema = z
  .object({
    enabled: z.boolean().optional(),
    maxEntries: z.number().int().positive().optional(),
    listTtlMs: ms.optional(),
    listStaleMs: ms.optional(),
    liveTtlMs: ms.optional(),
    terminalTtlMs: ms.optional(),
    catalogTtlMs: ms.optional(),
    catalogStaleMs: ms.optional(),
    redis: redisSchema.optional(),
  })
  .strict();

/** The `cache:` section as written (secret references still unresolved). */
export type CacheOverrides = z.infer<typeof cacheSchema>;

/** The `cache:` section after `resolveSecrets`: the password is a Secret. */
export type ResolvedCacheOverrides = Omit<CacheOverrides, 'redis'> & {
  readonly redis?: Omit<NonNullable<CacheOverrides['redis']>, 'password'> & { readonly password?: Secret };
};

/** Defaults, then the file's values. */
export function resolveCache(overrides: ResolvedCacheOverrides = {}): CacheConfig {
  const { redis, ...own } = overrides;
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
  return {
    ...CACHE_DEFAULTS,
    ...defined(own),
    ...(redis ? { redis: { ...REDIS_CACHE_DEFAULTS, ...defined(redis), url: redis.url } } : {}),
  };
}
