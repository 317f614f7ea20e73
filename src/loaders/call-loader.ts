import DataLoader from 'dataloader';
import { isTransientFailure } from '../errors/transient-failure';

/**
 * JSON with object keys sorted at every level: two equal argument objects built in a different key
 * order share one cache key, hence one upstream call.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

/**
 * The slot of a failed key. A transient failure (throttling, 5xx, timeout, a full gateway queue,
 * anything unexpected) leaves the cache, so a later load in the same request tries again instead
 * of replaying it; a definite answer (not found, bad input) stays cached like any other.
 */
export function failedSlot<K>(loader: DataLoader<K, unknown, string>, key: K, error: unknown): Error {
  if (isTransientFailure(error)) loader.clear(key);
  return error instanceof Error ? error : new Error('Upstream call failed.');
}

/**
 * A loader for calls an upstream cannot batch (list pages, detail calls): identical keys of one request share
 * one call, distinct keys run concurrently (the provider's policy bounds concurrency), results come
 * back in key order with an Error in a failed key's slot. `onLoaded` sees each answer, e.g. to
 * prime another loader with what it holds.
 */
export function callLoader<K, V>(
  call: (key: K) => Promise<V>,
  onLoaded?: (key: K, value: V) => void,
): DataLoader<K, V, string> {
  const loader: DataLoader<K, V, string> = new DataLoader<K, V, string>(
    (keys) =>
      Promise.all(
        keys.map(async (key): Promise<V | Error> => {
          try {
            const value = await call(key);
            onLoaded?.(key, value);
            return value;
          } catch (error) {
            return failedSlot(loader, key, error);
          }
        }),
      ),
    { cacheKeyFn: stableKey },
  );
  return loader;
}
