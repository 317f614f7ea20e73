import { LRUCache } from 'lru-cache';
import type { CacheEntry } from './cache-entry';
import type { CacheObserver } from './cache-observer';

/**
 * The in-process tier: an LRU of entries, bounded by count. An entry is dropped once past its
 * stale window (by the cache's own clock, so tests move time without sleeping); freshness is the
 * cache's business (ageOf), not the LRU's.
 */
export class MemoryStore {
  private readonly lru: LRUCache<string, CacheEntry>;

  constructor(maxEntries: number, observer: CacheObserver, now: () => number) {
    this.lru = new LRUCache<string, CacheEntry>({
      max: maxEntries,
      perf: { now },
      dispose: (_entry, _key, reason) => {
        if (reason === 'evict') observer.eviction();
      },
    });
  }

  get(key: string): CacheEntry | undefined {
    return this.lru.get(key);
  }

  set(key: string, entry: CacheEntry): void {
    const lifetime = entry.freshMs + entry.staleMs;
    // A zero TTL is "never cache"; an unbounded one (Apollo's ttl null) has no LRU ttl.
    if (lifetime <= 0) return;
    this.lru.set(key, entry, Number.isFinite(lifetime) ? { ttl: lifetime } : {});
  }

  delete(key: string): boolean {
    return this.lru.delete(key);
  }
}
