import { z } from 'zod';

/** Defaults of `persistedQueries:`: APQ on, no safelist. */
export const PERSISTED_QUERIES_DEFAULTS = {
  /** Automatic persisted queries: a client may register a query by sending it with its sha256 hash. */
  apqEnabled: true,
  /** How long a registered query is kept after it was last registered (a client re-registers on a miss). */
  apqTtlSeconds: 86_400,
  /**
   * `Cache-Control: max-age` of a successful GET of a persisted query, so a CDN (or the browser, when
   * callers authenticate) can reuse it: the upstream cache's list TTL (CACHE_DEFAULTS.listTtlMs), so a
   * cached copy is no staler than jobgraph's own. 0: no cache header.
   */
  apqGetMaxAgeSeconds: 5,
} as const;

/** The resolved `persistedQueries:` section. */
export interface PersistedQueriesConfig {
  readonly apq: { readonly enabled: boolean; readonly ttlSeconds: number; readonly getMaxAgeSeconds: number };
  /** Safelist mode: only the manifest's operations run. `manifest` is a path, relative to the working directory. */
  readonly safelist: { readonly manifest: string } | null;
}

/** `persistedQueries:` in the config file. */
export const persistedQueriesSchema = z
  .object({
    apq: z
      .object({
        enabled: z.boolean().optional(),
        ttlSeconds: z.number().int().positive().optional(),
        getMaxAgeSeconds: z.number().int().min(0).max(86_400).optional(),
      })
      .strict()
      .optional(),
    safelist: z
      .object({
        /** An Apollo persisted query manifest (`jobgraph manifest` writes one). */
        manifest: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The `persistedQueries:` section as written. */
export type PersistedQueriesOverrides = z.infer<typeof persistedQueriesSchema>;

/** Defaults under the file's keys. */
export function resolvePersistedQueries(overrides: PersistedQueriesOverrides = {}): PersistedQueriesConfig {
  return {
    apq: {
      enabled: overrides.apq?.enabled ?? PERSISTED_QUERIES_DEFAULTS.apqEnabled,
      ttlSeconds: overrides.apq?.ttlSeconds ?? PERSISTED_QUERIES_DEFAULTS.apqTtlSeconds,
      getMaxAgeSeconds: overrides.apq?.getMaxAgeSeconds ?? PERSISTED_QUERIES_DEFAULTS.apqGetMaxAgeSeconds,
    },
    safelist: overrides.safelist ? { manifest: overrides.safelist.manifest } : null,
  };
}
