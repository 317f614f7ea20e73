// Draws the runs of one workspace. Runs that are still going (Submitted, Pending, Running,
// Cancelling, CancelFailed) are recent, finished ones spread over the workspace's life.
import type { Prng } from '../shared/prng';
import { RUN_STATE_REASONS } from './vocabulary.dataset';
import type { JobRunRow, SparkJob } from './emr-serverless-spark.model';
import { JOB_RUN_STATES, type JobRunState } from './job-run.wire';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ACTIVE_WORKSPACE_STATES: readonly (readonly [JobRunState, number])[] = [
  ['Success', 70],
  ['Failed', 12],
  ['Cancelled', 6],
  ['Running', 5],
  ['Pending', 2],
  ['Submitted', 2],
  ['Cancelling', 1.5],
  ['CancelFailed', 1.5],
];
const RELEASED_WORKSPACE_STATES: readonly (readonly [JobRunState, number])[] = [
  ['Success', 78],
  ['Failed', 14],
  ['Cancelled', 8],
];

/** What the run generator needs to know about the workspace. */
export interface RunGenerationInput {
  readonly workspace: number;
  readonly jobs: readonly SparkJob[];
  readonly runCount: number;
  readonly window: { readonly from: number; readonly to: number };
  readonly allowActiveRuns: boolean;
  /** Makes the first eight runs take each state once, so every state exists at any scale. */
  readonly coverEveryState: boolean;
  readonly referenceTime: number;
}

function jobWeight(job: SparkJob): number {
  if (job.deploymentId) return 0.5;
  if (job.name.endsWith('_hourly')) return 6;
  return job.name.endsWith('_daily') ? 2 : 1;
}

function typicalDuration(prng: Prng, job: SparkJob): number {
  if (job.deploymentId) return prng.int(1 * HOUR, 5 * DAY);
  if (job.codeType === 'SQL') return prng.int(30 * SECOND, 20 * MINUTE);
  if (job.codeType === 'JAR') return prng.int(2 * MINUTE, 3 * HOUR);
  return prng.int(1 * MINUTE, 2 * HOUR);
}

/** Submit time (and end time, 0 while still going) of a run in the given state. */
function timing(prng: Prng, state: JobRunState, job: SparkJob, input: RunGenerationInput): [number, number] {
  const now = input.referenceTime;
  const { from, to } = input.window;
  const recent = (min: number, max: number): number => Math.max(from, now - prng.int(min, max));
  switch (state) {
    case 'Submitted':
      return [recent(0, 10 * MINUTE), 0];
    case 'Pending':
      return [recent(0, 45 * MINUTE), 0];
    case 'Running':
      return [job.deploymentId ? recent(HOUR, 7 * DAY) : recent(MINUTE, 6 * HOUR), 0];
    case 'Cancelling':
      return [recent(MINUTE, 2 * HOUR), 0];
    case 'CancelFailed':
      return [recent(10 * MINUTE, 2 * DAY), 0];
    default: {
      let duration = typicalDuration(prng, job);
      if (state === 'Failed' || state === 'Cancelled')
        duration = Math.max(5 * SECOND, Math.floor(duration * (0.05 + prng.next() * 0.6)));
      const latestSubmit = Math.max(from, to - duration);
      const submit = from + Math.floor(prng.next() * (latestSubmit - from + 1));
      return [submit, Math.min(submit + duration, now)];
    }
  }
}

/** Picks job indexes by weight in O(log jobs): a workspace can have 100+ jobs and 20k+ runs. */
function jobPicker(prng: Prng, jobs: readonly SparkJob[]): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const job of jobs) cumulative.push((total += jobWeight(job)));
  return () => {
    const roll = prng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > roll) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** 16 hex digits from two 32-bit draws (cheaper than 16 single-digit draws at 100k+ runs). */
function runId(prng: Prng): string {
  const word = (): string => prng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  return `jr-${word()}${word()}`;
}

/** Generates the runs of one workspace; `usedIds` keeps run ids unique across the dataset. */
export function generateRuns(prng: Prng, input: RunGenerationInput, usedIds: Set<string>): JobRunRow[] {
  if (input.runCount === 0 || input.jobs.length === 0) return [];
  const pickJob = jobPicker(prng, input.jobs);
  const stateChoices = input.allowActiveRuns ? ACTIVE_WORKSPACE_STATES : RELEASED_WORKSPACE_STATES;
  const runs: JobRunRow[] = [];
  for (let i = 0; i < input.runCount; i++) {
    const forced = input.coverEveryState && input.allowActiveRuns ? JOB_RUN_STATES[i] : undefined;
    const state = forced ?? prng.weighted(stateChoices);
    const jobIndex = pickJob();
    const job = input.jobs[jobIndex] as SparkJob;
    const [submitTime, endTime] = timing(prng, state, job, input);
    let jobRunId = runId(prng);
    while (usedIds.has(jobRunId)) jobRunId = runId(prng);
    usedIds.add(jobRunId);
    const reasons = RUN_STATE_REASONS[state];
    runs.push({
      jobRunId,
      workspace: input.workspace,
      job: jobIndex,
      state,
      submitTime,
      endTime,
      reason: prng.int(0, reasons.length - 1),
    });
  }
  return runs;
}
