/**
 * Indexes over the job rows, built once: id lookup, position lists per exact-match filter, and a
 * rank per sort key. Every position list is ascending, which is creation-time order, so the time
 * window is a binary search on any of them.
 */
import type { PaiDlcDataset } from './pai-dlc.dataset';
import { SORT_KEYS, type SortKey } from './job.filter';
import { NO_TIME, type PaiJobRow } from './pai-dlc.model';

/** Where each sort key puts each row: `rank[position]`; rows with ranks >= `valued` have no value. */
export interface SortRank {
  readonly rank: Int32Array;
  readonly valued: number;
}

/** The indexes of one dataset. */
export interface PaiJobIndex {
  readonly rows: readonly PaiJobRow[];
  readonly byId: ReadonlyMap<string, number>;
  readonly byWorkspace: ReadonlyMap<number, Int32Array>;
  readonly byUser: ReadonlyMap<number, Int32Array>;
  readonly byQuota: ReadonlyMap<number, Int32Array>;
  readonly byStatus: ReadonlyMap<string, Int32Array>;
  readonly byJobType: ReadonlyMap<string, Int32Array>;
  readonly sortRanks: Readonly<Record<SortKey, SortRank>>;
}

function sortValue(row: PaiJobRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'GmtCreateTime':
      return row.createTime;
    case 'GmtFinishTime':
      return row.finishTime === NO_TIME ? undefined : row.finishTime;
    case 'DisplayName':
      // Case-insensitive, like the service's collation; exact case only breaks ties.
      return `${row.displayName.toLowerCase()}\u0000${row.displayName}`;
    case 'JobType':
      return row.jobType;
    case 'Status':
      return row.status;
  }
}

function rankBy(rows: readonly PaiJobRow[], key: SortKey): SortRank {
  const values = rows.map((row) => sortValue(row, key));
  const positions = rows.map((_, i) => i);
  // Ties keep creation order (position), so every order is total and pages never overlap.
  positions.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    if (va === undefined || vb === undefined) return va === vb ? a - b : va === undefined ? 1 : -1;
    return va < vb ? -1 : va > vb ? 1 : a - b;
  });
  const rank = new Int32Array(rows.length);
  positions.forEach((position, r) => (rank[position] = r));
  return { rank, valued: values.filter((v) => v !== undefined).length };
}

function group<K>(rows: readonly PaiJobRow[], keyOf: (row: PaiJobRow) => K): Map<K, Int32Array> {
  const lists = new Map<K, number[]>();
  rows.forEach((row, position) => {
    const key = keyOf(row);
    const list = lists.get(key);
    if (list) list.push(position);
    else lists.set(key, [position]);
  });
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
}

/** Builds every index of the dataset. */
export function buildPaiJobIndex(dataset: PaiDlcDataset): PaiJobIndex {
  const { rows } = dataset;
  return {
    rows,
    byId: new Map(rows.map((row, position) => [row.jobId, position])),
    byWorkspace: group(rows, (row) => row.workspaceIndex),
    byUser: group(rows, (row) => row.userIndex),
    byQuota: group(rows, (row) => row.quotaIndex),
    byStatus: group(rows, (row) => row.status),
    byJobType: group(rows, (row) => row.jobType),
    sortRanks: Object.fromEntries(SORT_KEYS.map((key) => [key, rankBy(rows, key)])) as Record<
      SortKey,
      SortRank
    >,
  };
}

/** First i in [0, length) whose row (`rows[at(i)]`, in creation order) was created at or after `ms`. */
export function lowerBoundByCreate(
  rows: readonly PaiJobRow[],
  length: number,
  at: (i: number) => number,
  ms: number,
): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows[at(mid)]?.createTime ?? 0) * 1000 < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
