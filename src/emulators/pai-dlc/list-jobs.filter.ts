/**
 * Answers ListJobs in O(page) for repeated queries: the filtered, sorted position list of a query is
 * memoized (small LRU) so later pages only slice it. The common case (no filter but the creation-time
 * window, sorted by GmtCreateTime) never scans at all: it is a binary search on the creation order.
 */
import type { PaiDirectory } from './directory.dataset';
import type { ListJobsParams } from './list-jobs.query';
import type { PaiJobRow } from './pai-dlc.model';
import { planQuery } from './query-plan.filter';
import { lowerBoundByCreate, type PaiJobIndex } from './job.index';

/** One page of rows and the size of the whole filtered list. */
export interface JobPage {
  readonly rows: readonly PaiJobRow[];
  readonly totalCount: number;
}

/** A filtered list in ascending sort order; its first `valued` entries have a value for the sort key. */
interface Matches {
  readonly length: number;
  readonly valued: number;
  at(i: number): number;
}

/** How many filtered lists the engine keeps; each is at most 4 bytes per job. */
const MEMO_CAPACITY = 64;

/** The ListJobs engine over one index. */
export interface ListJobsEngine {
  page(params: ListJobsParams): JobPage;
}

/** Creates the engine; its memo lives as long as the emulator. */
export function createListJobsEngine(index: PaiJobIndex, directory: PaiDirectory): ListJobsEngine {
  const memo = new Map<string, Matches>();
  const { rows } = index;

  function scan(params: ListJobsParams): Matches {
    const plan = planQuery(params.filter, index, directory);
    const { base } = plan;
    const length = base ? base.length : rows.length;
    const at = base ? (i: number) => base[i] ?? 0 : (i: number) => i;
    const { fromMs, toMs } = params.filter.window;
    const lo = lowerBoundByCreate(rows, length, at, fromMs);
    const hi = lowerBoundByCreate(rows, length, at, toMs + 1);
    if (plan.residual.length === 0 && params.sortBy === 'GmtCreateTime') {
      // Already in creation order: a view over the index range, nothing to copy or remember.
      const size = Math.max(0, hi - lo);
      return { length: size, valued: size, at: (i) => at(lo + i) };
    }
    const kept: number[] = [];
    for (let i = lo; i < hi; i++) {
      const row = rows[at(i)];
      if (row && plan.residual.every((test) => test(row))) kept.push(at(i));
    }
    const { rank, valued } = index.sortRanks[params.sortBy];
    if (params.sortBy !== 'GmtCreateTime') kept.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
    const positions = Int32Array.from(kept);
    return {
      length: positions.length,
      valued: kept.filter((p) => (rank[p] ?? 0) < valued).length,
      at: (i) => positions[i] ?? -1,
    };
  }

  function matches(params: ListJobsParams): Matches {
    // Filter values are normalized (indexes, lower case, sorted lists), so equal queries share a key.
    const key = JSON.stringify([params.filter, params.sortBy]);
    const cached = memo.get(key);
    if (cached) {
      memo.delete(key);
      memo.set(key, cached);
      return cached;
    }
    const result = scan(params);
    memo.set(key, result);
    if (memo.size > MEMO_CAPACITY) memo.delete(memo.keys().next().value as string);
    return result;
  }

  return {
    page(params) {
      const found = matches(params);
      const start = (params.pageNumber - 1) * params.pageSize;
      const end = Math.min(found.length, start + params.pageSize);
      const page: PaiJobRow[] = [];
      for (let i = start; i < end; i++) {
        // Descending keeps rows without a value (e.g. no GmtFinishTime yet) last, as ascending does.
        const slot = params.order === 'asc' || i >= found.valued ? i : found.valued - 1 - i;
        const row = rows[found.at(slot)];
        if (row) page.push(row);
      }
      return { rows: page, totalCount: found.length };
    },
  };
}
