import { isTransientFailure } from '../errors/transient-failure';

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A DataLoader batch over groups: one `load` per group (one list call per Gravitino metalake, one
 * by-ids call per instance), all
 * groups concurrently. Answers come back in key order, same length; a failed group puts its Error
 * in each of its keys' slots, and `forget` drops transient failures from the cache.
 */
export async function loadByGroup<K, V>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  load: (group: readonly K[]) => Promise<readonly V[]>,
  forget: (key: K) => void,
): Promise<(V | Error)[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const group = groupOf(key);
    const indexes = groups.get(group);
    if (indexes) indexes.push(index);
    else groups.set(group, [index]);
  });
  const results: (V | Error)[] = keys.map(() => new Error('Not loaded.'));
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const group = indexes.map((index) => keys[index] as K);
      try {
        const values = await load(group);
        if (values.length !== group.length)
          throw new Error(`A batch answered ${values.length} of ${group.length} keys.`);
        indexes.forEach((index, n) => (results[index] = values[n] as V));
      } catch (thrown) {
        const error = asError(thrown);
        indexes.forEach((index) => (results[index] = error));
        if (isTransientFailure(error)) group.forEach(forget);
      }
    }),
  );
  return results;
}
