import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { UpstreamCache } from './upstream-cache';

/** Keys of this adapter never meet the upstream reads' keys (`upstream:...`). */
const PREFIX = 'kv:';

/** What "no ttl" keeps an entry for: a month, so that Redis still reclaims what nobody asks for. */
const NO_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Apollo's `KeyValueCache` over the gateway's cache (memory, shared through Redis when
 * configured), for Apollo features that take one: automatic persisted queries
 * (`persistedQueries.cache`, given to the gateway as GatewayOptions.cacheStore). Apollo's `ttl` is
 * in seconds; absent or null keeps the entry for NO_TTL_MS or until the LRU drops it. A Redis
 * failure is a miss, never an error.
 */
export class CacheKeyValueStore implements KeyValueCache<string> {
  constructor(
    private readonly cache: UpstreamCache,
    private readonly namespace = 'apollo',
  ) {}

  async get(key: string): Promise<string | undefined> {
    const entry = await this.cache.getEntry(this.keyOf(key));
    return typeof entry?.value === 'string' ? entry.value : undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    // As Apollo's own InMemoryLRUCache reads it: a ttl of 0 (falsy) means no expiry, not "store nothing".
    const freshMs = typeof ttl === 'number' && ttl > 0 ? ttl * 1000 : NO_TTL_MS;
    await this.cache.setEntry(this.keyOf(key), { value, storedAt: this.cache.now(), freshMs, staleMs: 0 });
  }

  async delete(key: string): Promise<boolean> {
    return this.cache.deleteEntry(this.keyOf(key));
  }

  private keyOf(key: string): string {
    return `${PREFIX}${this.namespace}:${key}`;
  }
}
