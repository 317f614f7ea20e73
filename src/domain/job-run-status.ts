import { normalizeJobStatus, type JobStatus } from './job-status';

/** EMR Serverless Spark job run states as documented on the ListJobRuns page. */
export const JOB_RUN_STATES = [
  'Submitted',
  'Pending',
  'Running',
  'Success',
  'Failed',
  'Cancelling',
  'Cancelled',
  'CancelFailed',
] as const;

/** One EMR job run state. */
export type JobRunState = (typeof JOB_RUN_STATES)[number];

/**
 * EMR job run state → JobStatus, each from the ListJobRuns page's own words. Submitted ("the job is
 * submitted") and Pending ("the job is pending") both wait for resources: PENDING. CancelFailed is
 * "the job failed to be canceled": the page says no more, so the run may still be running, or
 * may since have succeeded or failed; no normalized status can be claimed for it, so it is
 * UNKNOWN (and a `statuses: [FAILED]` filter does not pull in runs that may still succeed). The raw
 * "CancelFailed" stays in providerStatus.
 */
export const EMR_STATUS_TABLE: Readonly<Record<JobRunState, JobStatus>> = {
  Submitted: 'PENDING',
  Pending: 'PENDING',
  Running: 'RUNNING',
  Success: 'SUCCEEDED',
  Failed: 'FAILED',
  Cancelling: 'CANCELLING',
  Cancelled: 'CANCELLED',
  CancelFailed: 'UNKNOWN',
};

/** Narrows a string to a documented EMR job run state. */
export function isJobRunState(value: string): value is JobRunState {
  return (JOB_RUN_STATES as readonly string[]).includes(value);
}

/** The normalized status of a raw EMR state; states we do not know yet are UNKNOWN. */
export function emrJobRunStatus(state: string | null | undefined): JobStatus {
  return normalizeJobStatus(EMR_STATUS_TABLE, state);
}

/**
 * The wire states that make up the given normalized statuses, for the ListJobRuns `states` filter
 * (e.g. PENDING → Submitted and Pending, UNKNOWN → CancelFailed). An empty result means "nothing
 * upstream can match", and callers should not send an empty filter.
 */
export function emrStatesForStatuses(statuses: readonly JobStatus[]): JobRunState[] {
  const wanted = new Set(statuses);
  return JOB_RUN_STATES.filter((state) => wanted.has(EMR_STATUS_TABLE[state]));
}
