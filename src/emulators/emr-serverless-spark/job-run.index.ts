// Indexes built once per emulator so a page is answered without scanning the dataset:
// workspace and run lookups by id, and each workspace's runs in list order.
import type { EmrDataset, JobRunRow } from './emr-serverless-spark.model';
import { JOB_RUN_STATES, type JobRunState } from './job-run.wire';

/** Lookups over one dataset. */
export interface EmrIndex {
  readonly dataset: EmrDataset;
  /** workspaceId → index into dataset.workspaces. */
  readonly workspaceById: ReadonlyMap<string, number>;
  /** jobRunId → index into dataset.runs. */
  readonly runById: ReadonlyMap<string, number>;
  /** Per workspace: run indexes in ListJobRuns order (newest submitTime first, then jobRunId descending). */
  readonly runsByWorkspace: readonly Int32Array[];
  /** Per workspace: how many runs are in each state (the unfiltered `aggregations`). */
  readonly stateCountsByWorkspace: readonly Readonly<Record<JobRunState, number>>[];
}

/** Orders runs newest first; the id breaks ties so the order is total and paging is stable. */
export function compareRunsNewestFirst(a: JobRunRow, b: JobRunRow): number {
  if (a.submitTime !== b.submitTime) return b.submitTime - a.submitTime;
  if (a.jobRunId === b.jobRunId) return 0;
  return a.jobRunId < b.jobRunId ? 1 : -1;
}

/** An all-zero count per state. */
export function emptyStateCounts(): Record<JobRunState, number> {
  const counts = {} as Record<JobRunState, number>;
  for (const state of JOB_RUN_STATES) counts[state] = 0;
  return counts;
}

/** Builds the indexes; O(n log n) once. */
export function buildEmrIndex(dataset: EmrDataset): EmrIndex {
  const workspaceById = new Map(dataset.workspaces.map((w, i) => [w.wire.workspaceId, i]));
  const runById = new Map<string, number>();
  const buckets: number[][] = dataset.workspaces.map(() => []);
  const stateCountsByWorkspace = dataset.workspaces.map(() => emptyStateCounts());
  dataset.runs.forEach((run, i) => {
    runById.set(run.jobRunId, i);
    buckets[run.workspace]?.push(i);
    const counts = stateCountsByWorkspace[run.workspace];
    if (counts) counts[run.state]++;
  });
  const runs = dataset.runs;
  const runsByWorkspace = buckets.map((ids) => {
    ids.sort((a, b) => compareRunsNewestFirst(runs[a] as JobRunRow, runs[b] as JobRunRow));
    return Int32Array.from(ids);
  });
  return { dataset, workspaceById, runById, runsByWorkspace, stateCountsByWorkspace };
}
