import type { GravitinoJobFilter } from '../../domain/gravitino-job-filter';
import type { EpochMillis } from '../../domain/instant';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { ListJobsQuery } from './gravitino.dto';

/** A name or id as it must be to be sent: non-empty (an empty segment would select another route). */
export function requireName(value: string, argument: string): string {
  if (typeof value !== 'string' || value === '')
    throw new BadUserInputError(`${argument} must be a non-empty string.`, { argument });
  return value;
}

/** An instant filter as RFC 3339 (`OffsetDateTime.parse` accepts the `.sssZ` form). */
function instantParam(value: EpochMillis | undefined, argument: string): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!Number.isFinite(value) || Number.isNaN(date.getTime()))
    throw new BadUserInputError(`${argument} must be a valid instant.`, { argument });
  return date.toISOString();
}

/** The listJobs query for a filter: names checked, instants as RFC 3339, absent members left out. */
export function toListJobsQuery(filter: GravitinoJobFilter): ListJobsQuery {
  return {
    ...(filter.jobTemplateName !== undefined
      ? { jobTemplateName: requireName(filter.jobTemplateName, 'jobTemplateName') }
      : {}),
    queuedAfter: instantParam(filter.queuedAfter, 'queuedAfter'),
    startedAfter: instantParam(filter.startedAfter, 'startedAfter'),
    finishedAfter: instantParam(filter.finishedAfter, 'finishedAfter'),
    sortBy: filter.sortBy,
    sortOrder: filter.sortOrder,
  };
}
