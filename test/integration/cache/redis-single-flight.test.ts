import { Redis } from 'ioredis';
import { cacheKeyOf, grantScopeOf } from '../../../src/cache/cache-key';
import { CacheKeyValueStore } from '../../../src/cache/key-value-cache';
import type { CachedRead } from '../../../src/cache/upstream-cache';
import { createRequestScope, runInRequestScope } from '../../../src/request/request-scope';
import { testCache } from '../../helpers/cache-fixtures';
import { describeWithRedis, startRedisServer, type RunningRedis } from '../../helpers/redis-server';

const PREFIX = 'single-flight-test:';

/** An upstream stand-in that counts its calls and answers (or fails) as told. */
function countingFetch(answers: ReadonlyArray<string | Error>) {
  const fetch = Object.assign(
    (): Promise<string> => {
      const answer = answers[Math.min(fetch.calls, answers.length - 1)];
      fetch.calls += 1;
      if (answer === undefined) return Promise.reject(new Error('no answer given'));
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    { calls: 0 },
  );
  return fetch;
}

/** A read inside a request of a tenant that may read everything, as the HTTP handler runs it. */
function inRequest<T>(fn: () => Promise<T>): Promise<T> {
  const scope = createRequestScope('req-1', 'tenant-a', new AbortController().signal, {});
  return runInRequestScope(scope, fn);
}

describeWithRedis('the Redis tier: single-flight lock fallback and failures', () => {
  let redis: RunningRedis;
  let raw: Redis;
  let readCount = 0;
  /** A read of its own per test, so no test sees another's entry or lock. */
  const nextRead = (): CachedRead<string> => ({
    provider: 'GRAVITINO',
    instanceId: 'g1',
    operation: 'ListJobs',
    params: { metalake: `lake-${++readCount}` },
    ttlClass: 'list',
  });
  /** The key as Redis holds it (keyPrefix included): the cache's own naming. */
  const keyOf = (read: CachedRead<string>) =>
    cacheKeyOf({ ...read, grantScope: grantScopeOf({}, read.provider) });
  const redisKeyOf = (read: CachedRead<string>) => `${PREFIX}${keyOf(read)}`;
  /** The single-flight lock of a read, named as redis-store.ts names it. */
  const lockKeyOf = (read: CachedRead<string>) => `${PREFIX}lock:${keyOf(read)}`;

  beforeAll(async () => {
    redis = await startRedisServer();
    raw = new Redis(redis.url);
  });
  afterAll(async () => {
    await raw.quit();
    await redis.stop();
  });

  const redisCache = async (lockWaitMs = 60) => {
    const built = testCache({ redis: { url: redis.url, keyPrefix: PREFIX, lockWaitMs, lockPollMs: 10 } });
    expect(await built.cache.redisReady()).toBe(true);
    return built;
  };

  it('gives up waiting on a lock whose holder never writes after lockWaitMs and calls upstream itself, once', async () => {
    const built = await redisCache();
    try {
      const read = nextRead();
      // Another process took the lock and will never write the value (nor release it in time).
      expect(await raw.set(lockKeyOf(read), 'other-process', 'PX', 60_000, 'NX')).toBe('OK');
      const fetch = countingFetch(['fresh answer']);
      // Two readers in this process: they share the one fallback call.
      const answers = await Promise.all([
        inRequest(() => built.cache.read(read, fetch)),
        inRequest(() => built.cache.read(read, fetch)),
      ]);
      expect(answers).toEqual(['fresh answer', 'fresh answer']);
      expect(fetch.calls).toBe(1);
      // Its answer is shared: stored in Redis for the others, and the foreign lock left alone.
      expect(await raw.get(redisKeyOf(read))).toContain('fresh answer');
      expect(await raw.get(lockKeyOf(read))).toBe('other-process');
      expect(await inRequest(() => built.cache.read(read, fetch))).toBe('fresh answer');
      expect(fetch.calls).toBe(1);
    } finally {
      await built.cache.close();
    }
  });

  it('takes the answer the lock holder writes while it waits, making no call', async () => {
    // A wait long enough never to run out here: the answer arrives first.
    const built = await redisCache(30_000);
    try {
      const read = nextRead();
      expect(await raw.set(lockKeyOf(read), 'other-process', 'PX', 60_000, 'NX')).toBe('OK');
      const fetch = countingFetch(['mine']);
      const waiting = inRequest(() => built.cache.read(read, fetch));
      // Once it missed it is waiting on the lock; then the holder writes its answer.
      while (built.observer.misses.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const entry = { value: 'the holder answer', storedAt: built.clock.now(), freshMs: 5_000, staleMs: 0 };
      await raw.set(redisKeyOf(read), JSON.stringify(entry), 'PX', 60_000);
      expect(await waiting).toBe('the holder answer');
      expect(fetch.calls).toBe(0);
    } finally {
      await built.cache.close();
    }
  });

  it('never stores an upstream error in Redis: the next read, here or in another process, calls again', async () => {
    const built = await redisCache();
    const other = await redisCache();
    try {
      const read = nextRead();
      const fetch = countingFetch([new Error('upstream 503'), 'recovered']);
      await expect(inRequest(() => built.cache.read(read, fetch))).rejects.toThrow('upstream 503');
      expect(fetch.calls).toBe(1);
      expect(await raw.exists(redisKeyOf(read))).toBe(0);
      // The failed leader released its lock: nobody waits on it.
      expect(await raw.exists(lockKeyOf(read))).toBe(0);
      const otherFetch = countingFetch(['other process answer']);
      expect(await inRequest(() => other.cache.read(read, otherFetch))).toBe('other process answer');
      expect(otherFetch.calls).toBe(1);
      built.clock.advance(0);
      expect(await inRequest(() => built.cache.read(read, fetch))).toBe('other process answer');
      expect(fetch.calls).toBe(1);
    } finally {
      await built.cache.close();
      await other.cache.close();
    }
  });

  it('shares Apollo key-value entries (APQ) through Redis under their own kv: keys, with their ttl', async () => {
    const first = await redisCache();
    const second = await redisCache();
    try {
      const mine = new CacheKeyValueStore(first.cache);
      const theirs = new CacheKeyValueStore(second.cache);
      await mine.set('apq:hash-1', '{ jobs { id } }', { ttl: 300 });
      expect(await theirs.get('apq:hash-1')).toBe('{ jobs { id } }');
      const ttlMs = await raw.pttl(`${PREFIX}kv:apollo:apq:hash-1`);
      expect(ttlMs).toBeGreaterThan(0);
      expect(ttlMs).toBeLessThanOrEqual(300_000);
      expect(await theirs.delete('apq:hash-1')).toBe(true);
      expect(await raw.exists(`${PREFIX}kv:apollo:apq:hash-1`)).toBe(0);
    } finally {
      await first.cache.close();
      await second.cache.close();
    }
  });
});
