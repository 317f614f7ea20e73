import { cacheKeyOf, grantScopeOf } from '../../../src/cache/cache-key';
import { CacheKeyValueStore } from '../../../src/cache/key-value-cache';
import { testCache } from '../../helpers/cache-fixtures';

describe('CacheKeyValueStore (Apollo KeyValueCache over the gateway cache, memory tier)', () => {
  let built: ReturnType<typeof testCache>;
  let store: CacheKeyValueStore;

  beforeEach(() => {
    built = testCache();
    store = new CacheKeyValueStore(built.cache);
  });
  afterEach(() => built.cache.close());

  it('returns what was set, and nothing once deleted', async () => {
    expect(await store.get('apq:abc')).toBeUndefined();
    await store.set('apq:abc', '{ jobs { id } }');
    expect(await store.get('apq:abc')).toBe('{ jobs { id } }');
    await store.set('apq:abc', '{ jobs { name } }');
    expect(await store.get('apq:abc')).toBe('{ jobs { name } }');
    expect(await store.delete('apq:abc')).toBe(true);
    expect(await store.get('apq:abc')).toBeUndefined();
    expect(await store.delete('apq:abc')).toBe(false);
  });

  it('honours ttl (in seconds) by the cache clock', async () => {
    await store.set('apq:short', 'query A', { ttl: 10 });
    built.clock.advance(9_999);
    expect(await store.get('apq:short')).toBe('query A');
    built.clock.advance(1);
    expect(await store.get('apq:short')).toBeUndefined();
  });

  it('keeps an entry without ttl (absent, null or 0, as Apollo reads them) long past any upstream TTL', async () => {
    await store.set('apq:none', 'query B');
    await store.set('apq:null', 'query C', { ttl: null });
    await store.set('apq:zero', 'query D', { ttl: 0 });
    built.clock.advance(24 * 60 * 60 * 1000);
    expect(await store.get('apq:none')).toBe('query B');
    expect(await store.get('apq:null')).toBe('query C');
    expect(await store.get('apq:zero')).toBe('query D');
  });

  it('never reads nor overwrites an upstream read, even given its exact key', async () => {
    const read = {
      provider: 'GRAVITINO',
      instanceId: 'g1',
      operation: 'ListJobs',
      params: {},
      ttlClass: 'list',
    } as const;
    let calls = 0;
    const fetch = () => Promise.resolve(`upstream answer ${++calls}`);
    expect(await built.cache.read(read, fetch)).toBe('upstream answer 1');
    const upstreamKey = cacheKeyOf({ ...read, grantScope: grantScopeOf(undefined, read.provider) });
    // A string value, so only the key stands between an APQ lookup and the upstream entry.
    expect(await store.get(upstreamKey)).toBeUndefined();
    await store.set(upstreamKey, 'a persisted query');
    await store.delete(upstreamKey);
    expect(await built.cache.read(read, fetch)).toBe('upstream answer 1');
    expect(calls).toBe(1);
  });

  it('keeps two namespaces apart', async () => {
    const other = new CacheKeyValueStore(built.cache, 'other');
    await store.set('apq:k', 'mine');
    expect(await other.get('apq:k')).toBeUndefined();
  });
});
