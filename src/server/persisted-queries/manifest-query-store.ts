import type { PersistedQueryManifest } from './manifest';
import type { PersistedQueryStore } from './query-store';

/**
 * Safelist mode's store: the manifest's bodies by id, read-only. A client sends a listed
 * operation by its id alone; registering is a no-op, so nothing outside the manifest is ever
 * found by hash. Apollo prefixes its keys (`apq:<hash>`), so the id is what follows the last colon.
 */
export function manifestQueryStore(manifest: PersistedQueryManifest): PersistedQueryStore {
  const bodies = new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
  return {
    async get(key) {
      return bodies.get(key.slice(key.lastIndexOf(':') + 1));
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}
