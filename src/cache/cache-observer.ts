import type { TtlClass } from './ttl-class';

/** One cached read, as an observer sees it: which provider and operation, never a host or a key. */
export interface CacheReadEvent {
  readonly provider: string;
  readonly operation: string;
  readonly ttlClass: TtlClass | 'unknown';
}

/** Whether the shared Redis tier is serving. */
export type RedisState = 'up' | 'down';

/**
 * What the cache tells the outside (the Prometheus metrics): kept this small on purpose, so a
 * metrics exporter, a test or nothing at all can listen. Every method must return quickly and
 * never throw.
 */
export interface CacheObserver {
  /** A read answered from the cache (fresh, stale-while-revalidate, or another caller's in-flight call). */
  hit(event: CacheReadEvent): void;
  /** A read that had to call upstream. */
  miss(event: CacheReadEvent): void;
  /** An entry the in-process LRU dropped to make room. */
  eviction(): void;
  /** The Redis tier went away or came back (each transition once). */
  redisState(state: RedisState): void;
}

/** The observer when nobody listens. */
export const NO_CACHE_OBSERVER: CacheObserver = {
  hit: () => undefined,
  miss: () => undefined,
  eviction: () => undefined,
  redisState: () => undefined,
};
