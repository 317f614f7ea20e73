/** How `Query.jobs` fans out. */
export interface JobsSettings {
  /** Lists read at once. */
  readonly sourceConcurrency: number;
  /** How long one page may take; lists still reading then are cut and reported DEGRADED. */
  readonly pageDeadlineMs: number;
}

/** Defaults: 16 lists read at once (each provider's own bulkhead still applies), 10 s per page. */
export const DEFAULT_JOBS_SETTINGS: JobsSettings = { sourceConcurrency: 16, pageDeadlineMs: 10_000 };
