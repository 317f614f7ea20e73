import type { ValidationRule } from 'graphql';
import type { LimitsConfig } from '../../config/limits.config';
import type { PersistedQueriesConfig } from '../../config/persisted-queries.config';
import { limitedQueryStore } from './limited-query-store';
import type { PersistedQueryManifest } from './manifest';
import { manifestQueryStore } from './manifest-query-store';
import { createInMemoryQueryStore, type PersistedQueryStore } from './query-store';
import { safelistRule } from './safelist.rule';

/** What start-gateway needs to serve persisted queries. */
export interface PersistedQueriesSettings {
  readonly apq: PersistedQueriesConfig['apq'];
  /** Safelist mode: only these operations run, and they are the only hashes found. */
  readonly safelist?: PersistedQueryManifest;
}

/** Apollo Server's `persistedQueries` option, and the validation rules persisted queries add. */
export interface PersistedQueriesSetup {
  readonly persistedQueries: false | { readonly cache: PersistedQueryStore; readonly ttl: number | null };
  readonly validationRules: readonly ValidationRule[];
}

/**
 * APQ on Apollo's own protocol (`extensions.persistedQuery {version: 1, sha256Hash}`), over
 * `store` (the gateway's shared cache when it has one) or a bounded per-process LRU. Safelist
 * mode swaps the store for the manifest and adds the rule that refuses unlisted documents. Either
 * way the store is wrapped in the request limits (limited-query-store.ts).
 */
export function persistedQueriesSetup(
  settings: PersistedQueriesSettings,
  limits: LimitsConfig,
  store: PersistedQueryStore | undefined,
): PersistedQueriesSetup {
  if (settings.safelist) {
    return {
      persistedQueries: {
        cache: limitedQueryStore(manifestQueryStore(settings.safelist), limits),
        ttl: null,
      },
      validationRules: [safelistRule(new Set(settings.safelist.operations.map((operation) => operation.id)))],
    };
  }
  if (!settings.apq.enabled) return { persistedQueries: false, validationRules: [] };
  return {
    persistedQueries: {
      cache: limitedQueryStore(store ?? createInMemoryQueryStore(), limits),
      ttl: settings.apq.ttlSeconds,
    },
    validationRules: [],
  };
}
