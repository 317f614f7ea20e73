import DataLoader from 'dataloader';
import type { ProviderId } from '../domain/provider-id';
import { notConfiguredInstance } from '../errors/not-configured-instance';
import type { RegisteredInstance } from '../providers/provider-registry';
import { failedSlot, stableKey } from './call-loader';
import { loadByGroup } from './group-batch';

/** A by-id key: the instance the object lives in, and its id there. */
export interface InstanceKey {
  readonly instanceId: string;
}

/** What a by-id loader needs: the provider's instances and its many-ids call. */
export interface ByIdLoaderOptions<K extends InstanceKey, V, C> {
  readonly provider: ProviderId;
  readonly instances: readonly RegisteredInstance<C>[];
  /** The provider's own id in a key. */
  readonly idOf: (key: K) => string;
  /** One upstream call (or the provider's own chunks) for many ids: one answer per id, in order; null when unknown. */
  readonly lookUp: (client: C, ids: readonly string[]) => Promise<readonly (V | null | Error)[]>;
  /** When the batch dispatches (default: the end of the tick). */
  readonly batchScheduleFn?: (dispatch: () => void) => void;
}

/**
 * Objects by id, for upstreams that answer many ids in one call: every lookup of one tick, from
 * anywhere in the request, becomes one `lookUp` per instance. A failed instance fails only its own
 * keys, a failed id only its own slot, and what may be transient leaves the cache (failedSlot).
 * Listings prime the loader, so an object already listed costs nothing.
 */
export function createByIdLoader<K extends InstanceKey, V, C>(
  options: ByIdLoaderOptions<K, V, C>,
): DataLoader<K, V | null, string> {
  const { provider, instances, idOf, lookUp, batchScheduleFn } = options;
  const loader: DataLoader<K, V | null, string> = new DataLoader(
    async (keys: readonly K[]) => {
      // DataLoader already dropped duplicate keys, so each instance gets distinct ids.
      const answers = await loadByGroup(
        keys,
        (key) => key.instanceId,
        async (group) => {
          const instanceId = (group[0] as K).instanceId;
          const instance = instances.find((candidate) => candidate.id === instanceId);
          if (!instance) throw notConfiguredInstance(provider, instanceId);
          const ids = group.map(idOf);
          const slots = await lookUp(instance.client, ids);
          return ids.map((_, i) => slots[i] ?? null);
        },
        (key) => loader.clear(key),
      );
      return answers.map((answer, i) =>
        answer instanceof Error ? failedSlot(loader, keys[i] as K, answer) : answer,
      );
    },
    { cacheKeyFn: stableKey, ...(batchScheduleFn ? { batchScheduleFn } : {}) },
  );
  return loader;
}
