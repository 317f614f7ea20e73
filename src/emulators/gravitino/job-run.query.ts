import { illegalArgument, type GravitinoException } from './gravitino-exceptions';
import { parseOffsetDateTime } from './gravitino-instant';
import {
  emptyStatusCounts,
  type JobRow,
  type JobRunIndex,
  type JobSortField,
  type JobSortOrder,
  type StatusCounts,
} from './job-run.index';
import type { JobDTO } from './gravitino.wire';

/** The parsed time filters and order of a listJobs call; thresholds are inclusive, in epoch µs. */
export interface JobRunFilter {
  readonly queuedAfter?: number;
  readonly startedAfter?: number;
  readonly finishedAfter?: number;
  readonly sortBy: JobSortField;
  readonly sortOrder: JobSortOrder;
}

/** What listJobs answers: the whole filtered, sorted list and the counts per status over it. */
export interface JobSelection {
  readonly jobs: readonly JobDTO[];
  readonly statusCounts: Readonly<StatusCounts>;
}

const SORT_FIELDS: readonly JobSortField[] = ['queuedAt', 'startedAt', 'finishedAt'];
const SORT_ORDERS: readonly JobSortOrder[] = ['asc', 'desc'];
const TIME_PARAMS = ['queuedAfter', 'startedAfter', 'finishedAfter'] as const;

/** The time filter that bounds each sort field. */
const AFTER_PARAM: Readonly<Record<JobSortField, (typeof TIME_PARAMS)[number]>> = {
  queuedAt: 'queuedAfter',
  startedAt: 'startedAfter',
  finishedAt: 'finishedAfter',
};

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

function hasTimeFilter(filter: JobRunFilter): boolean {
  return (
    filter.queuedAfter !== undefined ||
    filter.startedAfter !== undefined ||
    filter.finishedAfter !== undefined
  );
}

/** At or after `threshold`; a missing time never matches. */
function atOrAfter(value: number | null, threshold: number | undefined): boolean {
  return threshold === undefined || (value !== null && value >= threshold);
}

function matches(row: JobRow, filter: JobRunFilter): boolean {
  return (
    atOrAfter(row.queuedAt, filter.queuedAfter) &&
    atOrAfter(row.startedAt, filter.startedAfter) &&
    atOrAfter(row.finishedAt, filter.finishedAfter)
  );
}

/** First index in rows[0, keyed) whose key fails `keep` (keys are monotonic there). */
function boundary(rows: readonly JobRow[], keyed: number, keep: (row: JobRow) => boolean): number {
  let lo = 0;
  let hi = keyed;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keep(rows[mid] as JobRow)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Answers one listJobs query from a pre-sorted view. Without time filters this is the stored
 * array itself. A filter on the sort field narrows the scan to a contiguous range found by
 * binary search; other filters are checked per row of that range. Nothing is ever sorted here.
 */
export function selectJobs(index: JobRunIndex, filter: JobRunFilter): JobSelection {
  const view = index.view(filter.sortBy, filter.sortOrder);
  if (!hasTimeFilter(filter)) return { jobs: view.jobs, statusCounts: index.statusCounts };
  let from = 0;
  let to = view.rows.length;
  const threshold = filter[AFTER_PARAM[filter.sortBy]];
  if (threshold !== undefined) {
    const field = filter.sortBy;
    if (filter.sortOrder === 'asc') {
      from = boundary(view.rows, view.keyed, (row) => (row[field] as number) < threshold);
      to = view.keyed;
    } else {
      to = boundary(view.rows, view.keyed, (row) => (row[field] as number) >= threshold);
    }
  }
  const jobs: JobDTO[] = [];
  const statusCounts = emptyStatusCounts();
  for (let i = from; i < to; i++) {
    const row = view.rows[i] as JobRow;
    if (!matches(row, filter)) continue;
    jobs.push(row.dto);
    statusCounts[row.status] += 1;
  }
  return { jobs, statusCounts };
}
