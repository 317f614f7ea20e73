import type { EpochMillis } from './instant';

/** The field listJobs sorts by (server default `queuedAt`); jobs lacking it come last either way. */
export type GravitinoJobSortField = 'queuedAt' | 'startedAt' | 'finishedAt';

/** listJobs' sort order (server default `desc`, newest first). */
export type GravitinoSortOrder = 'asc' | 'desc';

/** Every documented listJobs filter. Time bounds are inclusive; a job lacking that time never matches. */
export interface GravitinoJobFilter {
  /** Only runs of this template; an unknown template is NOT_FOUND (the server checks it exists). */
  readonly jobTemplateName?: string;
  readonly queuedAfter?: EpochMillis;
  readonly startedAfter?: EpochMillis;
  readonly finishedAfter?: EpochMillis;
  readonly sortBy?: GravitinoJobSortField;
  readonly sortOrder?: GravitinoSortOrder;
}
