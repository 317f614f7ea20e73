import { CACHE_DEFAULTS, type CacheConfig } from '../config/cache.config';
import type { LogSink } from '../errors/log-sink';
import type { CacheObserver } from './cache-observer';
import { FanOutObserver } from './fan-out-observer';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import { UpstreamCache } from './upstream-cache';

/** What the cache is built with besides its config. */
export interface UpstreamCacheOptions {
  /** The gateway's logger: Redis outages (once each), failed background refreshes (debug). */
  readonly log?: LogSink;
  /** Hears hits, misses, evictions and Redis state (more can attach later through `observe`). */
  readonly observer?: CacheObserver;
  /** The clock entries age by (tests move it instead of sleeping). */
  readonly now?: () => number;
}

/** A process's cache with a way to attach observers after it was built (the /metrics exporter). */
export interface GatewayCache {
  readonly cache: UpstreamCache;
  observe(observer: CacheObserver): () => void;
}

/**
 * The cache the config describes: an in-process LRU, shared through Redis when `cache.redis.url`
 * is set (connecting in the background: until Redis answers, reads go on from memory and upstream).
 * Close it (`cache.close()`) when the gateway stops.
 */
export function createUpstreamCache(
  config: CacheConfig = CACHE_DEFAULTS,
  options: UpstreamCacheOptions = {},
): GatewayCache {
  const observer = new FanOutObserver();
  if (options.observer) observer.attach(options.observer);
  const log = options.log ?? (() => undefined);
  const now = options.now ?? Date.now;
  const memory = new MemoryStore(config.maxEntries, observer, now);
  const redis = config.redis
    ? new RedisStore(config.redis, log, (state) => observer.redisState(state))
    : undefined;
  const cache = new UpstreamCache({ config, memory, ...(redis ? { redis } : {}), observer, now, log });
  return { cache, observe: (attached) => observer.attach(attached) };
}
