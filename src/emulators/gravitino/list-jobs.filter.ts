// The listJobs filter (main's time filters and order) and the answer to it from a pre-sorted view.
import type { JobRow } from './gravitino.model';
import {
  emptyStatusCounts,
  type JobRunIndex,
  type JobSortField,
  type JobSortOrder,
  type StatusCounts,
} from './job-run.index';
import type { JobDTO } from './gravitino.wire';

/** The parsed time filters and order of a listJobs call (list-jobs.query.ts); thresholds are inclusive, in epoch µs. */
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

/** The time filter that bounds each sort field. */
const AFTER_PARAM: Readonly<Record<JobSortField, 'queuedAfter' | 'startedAfter' | 'finishedAfter'>> = {
  queuedAt: 'queuedAfter',
  startedAt: 'startedAfter',
  finishedAt: 'finishedAfter',
};

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
