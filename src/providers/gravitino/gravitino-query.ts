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

/** The filter member that needs job start or finish times, as the GraphQL argument is named; null if none. */
function runTimeArgument(filter: GravitinoJobFilter): string | null {
  if (filter.startedAfter !== undefined) return 'startedAfter';
  if (filter.finishedAfter !== undefined) return 'finishedAfter';
  if (filter.sortBy === 'startedAt' || filter.sortBy === 'finishedAt') return 'orderBy';
  return null;
}

/**
 * Refuses a filter or order that needs job start or finish times from a server that reports none
 * (v1.3.0's jobs carry only the audit). Answering anyway would invent the answer: every job would
 * look never started, so a startedAfter list would come back empty and a sort by it arbitrary.
 */
export function refuseRunTimesFrom(instanceId: string, filter: GravitinoJobFilter): void {
  const argument = runTimeArgument(filter);
  if (argument === null) return;
  const wanted = argument === 'orderBy' ? `Sorting by ${filter.sortBy ?? ''}` : argument;
  throw new BadUserInputError(
    `${wanted} needs job start and finish times, which Gravitino instance "${instanceId}" does not report (a 1.3.0 server sends none).`,
    { argument },
  );
}

/** The part of a listJobs query a v1.3.0 server reads: the rest it ignores, so it is not sent. */
export function templateOnlyQuery(query: ListJobsQuery): ListJobsQuery {
  return query.jobTemplateName === undefined ? {} : { jobTemplateName: query.jobTemplateName };
}
