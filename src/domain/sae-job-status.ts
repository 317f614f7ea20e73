import type { JobStatus } from './job-status';
import type { SaeJobState } from './sae-job';

/**
 * SAE's execution states (DescribeJobHistory `State`, ListJobs `LastJobState`). "0" is "not run":
 * created but not started, which is PENDING. SAE has no cancel state.
 */
export const SAE_STATUS_TABLE: Readonly<Record<SaeJobState, JobStatus>> = {
  '0': 'PENDING',
  '1': 'SUCCEEDED',
  '2': 'FAILED',
  '3': 'RUNNING',
};

/** The wire states in order, for validating a State filter. */
export const SAE_JOB_STATES: readonly SaeJobState[] = ['0', '1', '2', '3'];

/** Narrows a string to an SAE state code. */
export function isSaeJobState(value: string): value is SaeJobState {
  return (SAE_JOB_STATES as readonly string[]).includes(value);
}

/** The State filter value for a normalized status, or null when SAE has no such state (CANCELLED, ...). */
export function saeStateForStatus(status: JobStatus): SaeJobState | null {
  const found = SAE_JOB_STATES.find((state) => SAE_STATUS_TABLE[state] === status);
  return found ?? null;
}
