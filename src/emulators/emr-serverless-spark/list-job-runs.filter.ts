// Answers "which runs of workspace W match filter F, in list order". The unfiltered list and the
// by-id lookup come straight from the index; any other filter is one scan of the workspace's runs,
// memoized per (workspace, normalized filter) so paging through it costs O(page) per page.
import type { JobRunRow, SparkJob } from './emr-serverless-spark.model';
import type { JobRunState } from './job-run.wire';
import { emptyStateCounts, type EmrIndex } from './job-run.index';
import { isEmptyFilter, jobRunFilterKey, matchesJobRun, type JobRunFilter } from './job-run.filter';
import { LruCache } from '../shared/lru-cache';

/** The matching runs of one query, in list order, with their per-state counts on demand. */
export interface FilteredRuns {
  /** Indexes into dataset.runs. */
  readonly ids: Int32Array;
  stateCounts(): Readonly<Record<JobRunState, number>>;
}

/** Runs a filter against one workspace's runs. */
export interface JobRunQueryEngine {
  filter(workspace: number, filter: JobRunFilter): FilteredRuns;
}

/** How many distinct filtered lists are kept; each is at most one workspace's run count of int32s. */
const MEMO_CAPACITY = 64;

/** Creates the engine for one emulator instance (the memo lives and dies with it). */
export function createJobRunQueryEngine(index: EmrIndex): JobRunQueryEngine {
  const { runs, workspaces, referenceTime } = index.dataset;
  const memo = new LruCache<FilteredRuns>(MEMO_CAPACITY);

  const withLazyCounts = (ids: Int32Array): FilteredRuns => {
    let counts: Record<JobRunState, number> | undefined;
    return {
      ids,
      stateCounts() {
        if (!counts) {
          counts = emptyStateCounts();
          for (const id of ids) counts[(runs[id] as JobRunRow).state]++;
        }
        return counts;
      },
    };
  };

  const matches = (id: number, filter: JobRunFilter): boolean => {
    const run = runs[id] as JobRunRow;
    const job = workspaces[run.workspace]?.jobs[run.job] as SparkJob;
    return matchesJobRun(run, job, filter, referenceTime);
  };

  return {
    filter(workspace, filter) {
      const all = index.runsByWorkspace[workspace] ?? new Int32Array(0);
      if (isEmptyFilter(filter)) {
        const counts = index.stateCountsByWorkspace[workspace] ?? emptyStateCounts();
        return { ids: all, stateCounts: () => counts };
      }
      if (filter.jobRunId !== undefined) {
        // At most one run: the id lookup is O(1), no scan and no memo needed.
        const id = index.runById.get(filter.jobRunId);
        const hit = id !== undefined && runs[id]?.workspace === workspace && matches(id, filter);
        return withLazyCounts(hit ? Int32Array.of(id) : new Int32Array(0));
      }
      return memo.getOrCreate(`${workspace}|${jobRunFilterKey(filter)}`, () =>
        withLazyCounts(all.filter((id) => matches(id, filter))),
      );
    },
  };
}
