import { LRUCache } from 'lru-cache';

/**
 * Where registered query texts live, keyed by hash: the shape of Apollo's `KeyValueCache<string>`
 * (from @apollo/utils.keyvaluecache, which is Apollo's dependency, not ours), so any KeyValueCache,
 * the gateway's shared cache adapter included, fits here.
 */
export interface PersistedQueryStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/** What one gateway process keeps of registered queries when it has no shared store: 32 MiB of text. */
export const IN_MEMORY_STORE_MAX_CHARS = 32 * 1024 * 1024;

/**
 * The per-process store: an LRU bounded by the total length of the texts it holds (as Apollo's
 * InMemoryLRUCache, on our own lru-cache), honouring the per-entry ttl in seconds.
 */
export function createInMemoryQueryStore(maxChars = IN_MEMORY_STORE_MAX_CHARS): PersistedQueryStore {
  const cache = new LRUCache<string, string>({
    maxSize: maxChars,
    sizeCalculation: (text) => text.length || 1,
  });
  return {
    async get(key) {
      return cache.get(key);
    },
    async set(key, value, options) {
      cache.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : {});
    },
    async delete(key) {
      return cache.delete(key);
    },
  };
}
