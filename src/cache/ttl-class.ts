import type { CacheConfig } from '../config/cache.config';

/**
 * How fast a read's answer changes, which sets its TTL: `list` (pages of runs, jobs, executions),
 * `live` (one object not yet in a final state), `terminal` (one object in a final state) and
 * `catalog` (workspaces, templates, metalakes).
 */
export type TtlClass = 'list' | 'live' | 'terminal' | 'catalog';

/** How long an entry is fresh, and how long after that it may still be served while it is refreshed. */
export interface EntryLifetime {
  readonly freshMs: number;
  readonly staleMs: number;
}

/** The lifetime of a TTL class under the config: only lists (and catalog listings) are served stale. */
export function lifetimeOf(ttlClass: TtlClass, config: CacheConfig): EntryLifetime {
  switch (ttlClass) {
    case 'list':
      return { freshMs: config.listTtlMs, staleMs: config.listStaleMs };
    case 'catalog':
      return { freshMs: config.catalogTtlMs, staleMs: config.catalogStaleMs };
    case 'live':
      return { freshMs: config.liveTtlMs, staleMs: 0 };
    case 'terminal':
      return { freshMs: config.terminalTtlMs, staleMs: 0 };
  }
}
