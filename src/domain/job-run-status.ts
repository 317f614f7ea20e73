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
 * EMR job run state → JobStatus. Submitted and Pending both wait for resources, so both are PENDING.
 * CancelFailed is FAILED: EMR reports it when a cancel request could not be carried out and the run
 * does not leave it (it is terminal in EMR's state machine), so RUNNING would show the run as active
 * forever and CANCELLED would claim a cancel that did not happen; FAILED is the terminal status that
 * says "did not complete, look at it". The raw "CancelFailed" stays in providerStatus.
 */
export const EMR_STATUS_TABLE: Readonly<Record<JobRunState, JobStatus>> = {
  Submitted: 'PENDING',
  Pending: 'PENDING',
  Running: 'RUNNING',
  Success: 'SUCCEEDED',
  Failed: 'FAILED',
  Cancelling: 'CANCELLING',
  Cancelled: 'CANCELLED',
  CancelFailed: 'FAILED',
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
 * (e.g. FAILED → Failed and CancelFailed). UNKNOWN matches no documented state, so it adds none:
 * an empty result means "nothing upstream can match", and callers should not send an empty filter.
 */
export function emrStatesForStatuses(statuses: readonly JobStatus[]): JobRunState[] {
  const wanted = new Set(statuses);
  return JOB_RUN_STATES.filter((state) => wanted.has(EMR_STATUS_TABLE[state]));
}
