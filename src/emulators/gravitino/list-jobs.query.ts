// Reads main's listJobs query parameters (time filters, sortBy, sortOrder) into a JobRunFilter.
import { illegalArgument, type GravitinoException } from './exception.gateway';
import { parseOffsetDateTime } from './instant.wire';
import type { JobSortField, JobSortOrder } from './job-run.index';
import type { JobRunFilter } from './list-jobs.filter';

const SORT_FIELDS: readonly JobSortField[] = ['queuedAt', 'startedAt', 'finishedAt'];
const SORT_ORDERS: readonly JobSortOrder[] = ['asc', 'desc'];
const TIME_PARAMS = ['queuedAfter', 'startedAfter', 'finishedAfter'] as const;

/**
 * Reads main's listJobs parameters. An absent parameter takes its default; a present one must
 * parse (an empty `queuedAfter=` is a bad date, an empty `sortBy=` an unknown field), because the
 * server hands present values to `OffsetDateTime.parse` and to exact enum matching.
 */
export function parseJobRunFilter(
  query: Readonly<Record<string, string>>,
): { readonly filter: JobRunFilter } | { readonly exception: GravitinoException } {
  const times: Partial<Record<(typeof TIME_PARAMS)[number], number>> = {};
  for (const name of TIME_PARAMS) {
    const raw = query[name];
    if (raw === undefined) continue;
    const micros = parseOffsetDateTime(raw);
    if (micros === undefined) {
      return {
        exception: illegalArgument(
          `Invalid ${name} '${raw}': expected an ISO-8601 date-time with offset, e.g. 2026-08-18T00:00:00Z`,
        ),
      };
    }
    times[name] = micros;
  }
  const sortBy = query.sortBy ?? 'queuedAt';
  if (!(SORT_FIELDS as readonly string[]).includes(sortBy)) {
    return {
      exception: illegalArgument(`Invalid sortBy '${sortBy}': must be one of [${SORT_FIELDS.join(', ')}]`),
    };
  }
  const sortOrder = query.sortOrder ?? 'desc';
  if (!(SORT_ORDERS as readonly string[]).includes(sortOrder)) {
    return {
      exception: illegalArgument(
        `Invalid sortOrder '${sortOrder}': must be one of [${SORT_ORDERS.join(', ')}]`,
      ),
    };
  }
  return { filter: { ...times, sortBy: sortBy as JobSortField, sortOrder: sortOrder as JobSortOrder } };
}
