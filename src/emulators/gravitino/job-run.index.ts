import type { JobRow } from './gravitino.model';
import { JOB_STATUSES, type GravitinoServerVersion, type JobDTO, type JobStatus } from './gravitino.wire';

/** The fields `sortBy` accepts. */
export type JobSortField = 'queuedAt' | 'startedAt' | 'finishedAt';

/** The orders `sortOrder` accepts. */
export type JobSortOrder = 'asc' | 'desc';

/**
 * Rows in one requested order: first the `keyed` rows that have the sort field, sorted by it
 * (ties in store order, as a stable sort over the store listing gives), then the rows lacking it,
 * in store order: "nulls last" in either direction.
 */
export interface SortedJobs {
  readonly rows: readonly JobRow[];
  /** The wire objects in the same order, ready to answer the unfiltered query without copying. */
  readonly jobs: readonly JobDTO[];
  readonly keyed: number;
}

/** Counts per status with every status present, as `statusCounts` requires. */
export type StatusCounts = Record<JobStatus, number>;

/** Zero counts for every status. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

function sortView(rows: readonly JobRow[], field: JobSortField, order: JobSortOrder): SortedJobs {
  const keyed = rows.filter((row) => row[field] !== null);
  const missing = rows.filter((row) => row[field] === null);
  const sign = order === 'asc' ? 1 : -1;
  // Array.prototype.sort is stable, and `rows` is in store order, so ties keep ascending seq.
  keyed.sort((a, b) => sign * ((a[field] as number) - (b[field] as number)));
  const sorted = [...keyed, ...missing];
  return { rows: sorted, jobs: Object.freeze(sorted.map((row) => row.dto)), keyed: keyed.length };
}

/**
 * The jobs of one metalake (or of one template in it), pre-sorted per (sortBy, sortOrder) for
 * main, or in scan order for v1.3.0, on first use and kept, so a list request never sorts;
 * statusCounts of the unfiltered list is counted once.
 */
export class JobRunIndex {
  private readonly views = new Map<string, SortedJobs>();
  private scanned: readonly JobDTO[] | undefined;
  /** Counts per status over every row. */
  readonly statusCounts: Readonly<StatusCounts>;

  /** @param rows the jobs in store order (ascending seq). */
  constructor(readonly rows: readonly JobRow[]) {
    const counts = emptyStatusCounts();
    for (const row of rows) counts[row.status] += 1;
    this.statusCounts = Object.freeze(counts);
  }

  /** The rows in the requested order. */
  view(field: JobSortField, order: JobSortOrder): SortedJobs {
    const key = `${field}/${order}`;
    let view = this.views.get(key);
    if (!view) {
      view = sortView(this.rows, field, order);
      this.views.set(key, view);
    }
    return view;
  }

  /**
   * The wire objects in table-scan order (ascending `storeKey`): v1.3.0's listJobs selects without
   * ORDER BY, and H2 (the default store) and MySQL InnoDB scan by primary key.
   */
  scanOrder(): readonly JobDTO[] {
    this.scanned ??= Object.freeze(
      [...this.rows].sort((a, b) => a.storeKey - b.storeKey).map((row) => row.dto),
    );
    return this.scanned;
  }

  /** Builds the orders `version` answers in now, so its first request does not pay for a sort. */
  warm(version: GravitinoServerVersion): this {
    if (version === '1.3.0') {
      this.scanOrder();
      return this;
    }
    for (const field of ['queuedAt', 'startedAt', 'finishedAt'] as const) {
      this.view(field, 'desc');
      this.view(field, 'asc');
    }
    return this;
  }
}
