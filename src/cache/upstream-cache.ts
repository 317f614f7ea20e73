import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { CacheConfig } from '../config/cache.config';
import type { LogSink } from '../errors/log-sink';
import { RequestTimeoutError } from '../errors/timeout.error';
import { currentRequestScope, runOutsideRequestScope, type RequestScope } from '../request/request-scope';
import { ageOf, type CacheEntry } from './cache-entry';
import { cacheKeyOf, grantScopeOf } from './cache-key';
import type { CacheObserver, CacheReadEvent } from './cache-observer';
import type { MemoryStore } from './memory-store';
import type { RedisStore } from './redis-store';
import { lifetimeOf, type TtlClass } from './ttl-class';

/** One upstream read, as the cache names it. */
export interface CachedRead<T> {
  /** The provider (as the call policies name it: `EMR_SERVERLESS_SPARK`, ...). */
  readonly provider: string;
  readonly instanceId: string;
  /** The upstream operation (`ListJobRuns`). */
  readonly operation: string;
  /** Everything the answer depends on besides the instance; plain JSON. */
  readonly params: unknown;
  /** Fixed, or decided from the answer (a run in a final state lives longer than a running one). */
  readonly ttlClass: TtlClass | ((value: T) => TtlClass);
}

/** What the cache is built from (create-upstream-cache.ts builds it from the config). */
export interface UpstreamCacheParts {
  readonly config: CacheConfig;
  readonly memory: MemoryStore;
  readonly redis?: RedisStore;
  readonly observer: CacheObserver;
  readonly now: () => number;
  readonly log: LogSink;
}

/**
 * The cross-request cache of upstream reads. It sits below the DataLoaders (which dedupe within a
 * request) and above the call policies: a hit makes no call and spends no retry, queue or rate
 * token. Keys hold the provider, instance, operation, parameters and the tenant's grant scope.
 * Concurrent misses of one key share one call (in this process; across processes through a Redis
 * lock when Redis is up). Lists past their TTL are served stale within their stale window while
 * one background call refreshes them. A failed call is never stored: the next read calls again.
 */
export class UpstreamCache {
  private readonly flights = new Map<string, Promise<unknown>>();
  private readonly refreshing = new Set<string>();

  constructor(private readonly parts: UpstreamCacheParts) {}

  /** Whether upstream reads are cached at all (`cache.enabled`). */
  get enabled(): boolean {
    return this.parts.config.enabled;
  }

  /** The answer of `read`, from the cache or from `fetch` (the upstream call, under its policy). */
  async read<T>(read: CachedRead<T>, fetch: () => Promise<T>): Promise<T> {
    if (!this.enabled) return fetch();
    const scope = currentRequestScope();
    const key = cacheKeyOf({ ...read, grantScope: grantScopeOf(scope?.grants, read.provider) });
    const event: CacheReadEvent = {
      provider: read.provider,
      operation: read.operation,
      ttlClass: typeof read.ttlClass === 'string' ? read.ttlClass : 'unknown',
    };
    const entry = await this.lookup(key);
    const age = entry && ageOf(entry, this.parts.now());
    if (entry && age !== 'expired') {
      if (age === 'stale') this.refreshInBackground(key, read, fetch);
      this.countHit(scope, event);
      return entry.value as T;
    }
    const inFlight = this.flights.get(key);
    if (inFlight) {
      try {
        const value = (await inFlight) as T;
        this.countHit(scope, event);
        return value;
      } catch (error) {
        // The shared call ended with the request that made it (its deadline, its client gone): that
        // is not this request's failure, so it calls for itself.
        if (!(error instanceof RequestTimeoutError) || scope?.signal.aborted) throw error;
      }
    }
    this.parts.observer.miss(event);
    return this.lead(key, read, fetch);
  }

  /** Entries for other users of the store (Apollo's persisted queries, key-value-cache.ts). */
  async getEntry(key: string): Promise<CacheEntry | undefined> {
    const entry = await this.lookup(key);
    return entry && ageOf(entry, this.parts.now()) !== 'expired' ? entry : undefined;
  }

  /** Stores an entry in memory and, when up, in Redis. */
  async setEntry(key: string, entry: CacheEntry): Promise<void> {
    this.parts.memory.set(key, entry);
    await this.parts.redis?.set(key, entry);
  }

  /** Removes an entry from both tiers. */
  async deleteEntry(key: string): Promise<boolean> {
    const local = this.parts.memory.delete(key);
    const shared = (await this.parts.redis?.delete(key)) ?? false;
    return local || shared;
  }

  /** The cache's clock (injectable for tests). */
  now(): number {
    return this.parts.now();
  }

  /** Waits for Redis (when configured) to be connected, up to `timeoutMs`; true when it is. */
  async redisReady(timeoutMs = 2_000): Promise<boolean> {
    return (await this.parts.redis?.ready(timeoutMs)) ?? false;
  }

  /** Closes the Redis connection (the memory tier needs nothing). */
  async close(): Promise<void> {
    await this.parts.redis?.close();
  }

  /** Memory first; Redis when memory has nothing fresh, its answer then kept in memory too. */
  private async lookup(key: string): Promise<CacheEntry | undefined> {
    const local = this.parts.memory.get(key);
    const redis = this.parts.redis;
    if ((local && ageOf(local, this.parts.now()) === 'fresh') || !redis?.isUp) return local;
    const shared = await redis.get(key);
    if (shared && (!local || shared.storedAt > local.storedAt)) {
      this.parts.memory.set(key, shared);
      return shared;
    }
    return local;
  }

  /** Makes the call for every reader of `key` in this process. */
  private async lead<T>(key: string, read: CachedRead<T>, fetch: () => Promise<T>): Promise<T> {
    const flight = this.fill(key, read, fetch);
    this.flights.set(key, flight);
    try {
      return await flight;
    } finally {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    }
  }

  /** Calls once across processes when Redis is up: the lock holder calls, the others wait for its entry (bounded). */
  private async fill<T>(key: string, read: CachedRead<T>, fetch: () => Promise<T>): Promise<T> {
    const redis = this.parts.redis;
    if (!redis?.isUp) return this.fetchAndStore(key, read, fetch);
    const { lockMs, lockWaitMs, lockPollMs } = this.parts.config.redis ?? {
      lockMs: 0,
      lockWaitMs: 0,
      lockPollMs: 1,
    };
    const token = randomUUID();
    const polls = Math.ceil(lockWaitMs / lockPollMs);
    for (let poll = 0; ; poll++) {
      const lock = await redis.tryLock(key, token, lockMs);
      if (lock !== 'held' || poll >= polls) {
        try {
          return await this.fetchAndStore(key, read, fetch);
        } finally {
          if (lock === 'acquired') await redis.unlock(key, token);
        }
      }
      await delay(lockPollMs);
      if (currentRequestScope()?.signal.aborted) throw new RequestTimeoutError();
      const shared = await redis.get(key);
      if (shared && ageOf(shared, this.parts.now()) !== 'expired') {
        this.parts.memory.set(key, shared);
        return shared.value as T;
      }
    }
  }

  /** The upstream call; only its answer is stored, never its failure. */
  private async fetchAndStore<T>(key: string, read: CachedRead<T>, fetch: () => Promise<T>): Promise<T> {
    const value = await fetch();
    const ttlClass = typeof read.ttlClass === 'function' ? read.ttlClass(value) : read.ttlClass;
    const entry: CacheEntry = {
      value,
      storedAt: this.parts.now(),
      ...lifetimeOf(ttlClass, this.parts.config),
    };
    await this.setEntry(key, entry);
    return value;
  }

  /**
   * One refresh per key at a time, outside the request that found the entry stale: it must not
   * count against that request, nor stop when it ends. Its failure stores nothing; the stale
   * entry runs out at the end of its window.
   */
  private refreshInBackground<T>(key: string, read: CachedRead<T>, fetch: () => Promise<T>): void {
    if (this.refreshing.has(key) || this.flights.has(key)) return;
    this.refreshing.add(key);
    runOutsideRequestScope(() => this.lead(key, read, fetch))
      .catch(() =>
        this.parts.log(
          `cache: refreshing ${read.provider} ${read.operation} failed; the stale entry is served until its window ends`,
          'debug',
        ),
      )
      .finally(() => this.refreshing.delete(key));
  }

  private countHit(scope: RequestScope | undefined, event: CacheReadEvent): void {
    this.parts.observer.hit(event);
    if (!scope) return;
    scope.cacheHits.hits += 1;
    scope.cacheHits.byProvider[event.provider] = (scope.cacheHits.byProvider[event.provider] ?? 0) + 1;
  }
}
