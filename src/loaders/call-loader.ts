import DataLoader from 'dataloader';
import { isTransientFailure } from '../errors/transient-failure';

/**
 * JSON with object keys sorted at every level: two equal argument objects built in a different key
 * order share one cache key, hence one upstream call. Written out by hand rather than as a
 * JSON.stringify replacer that rebuilds every object sorted: every load and every prime of a listed
 * item computes one (issue 13's profiles put the replacer at 2-4% of a request's CPU). Same output
 * as `JSON.stringify` of the sorted value: undefined, functions and symbols are left out of objects
 * and are `null` in arrays, non-finite numbers are `null`, `toJSON` is honoured.
 */
export function stableKey(value: unknown): string {
  // JSON.stringify(undefined) is undefined; a key must be a string all the same.
  return jsonOf(value) ?? 'undefined';
}

function jsonOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : objectJson(value);
    case 'bigint':
      // As JSON.stringify does: a bigint has no JSON form.
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
}

function objectJson(value: object): string | undefined {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return jsonOf((toJSON as () => unknown).call(value));
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++)
      out += `${i === 0 ? '' : ','}${jsonOf(value[i] as unknown) ?? 'null'}`;
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const member = jsonOf((value as Record<string, unknown>)[key]);
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${member}`;
    first = false;
  }
  return `${out}}`;
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
