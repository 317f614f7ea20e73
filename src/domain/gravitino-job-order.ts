import type { GravitinoJob } from './gravitino-job';
import type { EpochMillis } from './instant';

/** The field listJobs sorts by (server default `queuedAt`); jobs lacking it come last either way. */
export type GravitinoJobSortField = 'queuedAt' | 'startedAt' | 'finishedAt';

/** listJobs' sort order (server default `desc`, newest first). */
export type GravitinoSortOrder = 'asc' | 'desc';

/**
 * The time a job is sorted (and filtered) by. `queuedAt` is read as `createdAt`: main documents
 * `queuedAt` as the creation time and filters `queuedAfter` on the audit's createTime, which is
 * also what a v1.3.0 server, sending no `queuedAt`, does tell.
 */
export function gravitinoJobTime(job: GravitinoJob, field: GravitinoJobSortField): EpochMillis | null {
  switch (field) {
    case 'queuedAt':
      return job.createdAt;
    case 'startedAt':
      return job.startedAt;
    case 'finishedAt':
      return job.finishedAt;
  }
}

/**
 * listJobs' documented order, for a list the server did not sort: by the field (default queuedAt,
 * desc), jobs lacking it last in either direction. main breaks ties in its store's order, which
 * no answer shows, so ties go by jobId here, in the same direction: stable across requests.
 */
export function compareGravitinoJobs(
  field: GravitinoJobSortField = 'queuedAt',
  order: GravitinoSortOrder = 'desc',
): (a: GravitinoJob, b: GravitinoJob) => number {
  const sign = order === 'asc' ? 1 : -1;
  return (a, b) => {
    const ta = gravitinoJobTime(a, field);
    const tb = gravitinoJobTime(b, field);
    if (ta !== tb) {
      if (ta === null) return 1;
      if (tb === null) return -1;
      return sign * (ta - tb);
    }
    return a.jobId === b.jobId ? 0 : sign * (a.jobId < b.jobId ? -1 : 1);
  };
}
