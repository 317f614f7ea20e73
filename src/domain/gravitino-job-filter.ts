import type { GravitinoJob } from './gravitino-job';
import { gravitinoJobTime, type GravitinoJobSortField, type GravitinoSortOrder } from './gravitino-job-order';
import type { EpochMillis } from './instant';

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

/** At or after `bound`; a missing time never matches a bound. */
function atOrAfter(time: EpochMillis | null, bound: EpochMillis | undefined): boolean {
  return bound === undefined || (time !== null && time >= bound);
}

/**
 * Whether a job passes the filter, as main's listJobs decides it (template, then the time bounds
 * AND-combined), for a list the server did not filter. Job times are whole milliseconds and so are
 * the bounds jobgraph sends, so truncating the server's microseconds changes no answer.
 */
export function matchesGravitinoJobFilter(job: GravitinoJob, filter: GravitinoJobFilter): boolean {
  return (
    (filter.jobTemplateName === undefined || job.jobTemplateName === filter.jobTemplateName) &&
    atOrAfter(gravitinoJobTime(job, 'queuedAt'), filter.queuedAfter) &&
    atOrAfter(gravitinoJobTime(job, 'startedAt'), filter.startedAfter) &&
    atOrAfter(gravitinoJobTime(job, 'finishedAt'), filter.finishedAfter)
  );
}
