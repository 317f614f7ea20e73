import type { JobStatus } from './job-status';

/** SAE's execution states as the wire spells them (DescribeJobHistory `State`, ListJobs `LastJobState`). */
export const SAE_JOB_STATES = ['0', '1', '2', '3'] as const;

/** One SAE execution state: "0" not run, "1" succeeded, "2" failed, "3" running. */
export type SaeJobState = (typeof SAE_JOB_STATES)[number];

/** SAE state → JobStatus. "0" is "not run": created but not started, which is PENDING. SAE has no cancel state. */
export const SAE_STATUS_TABLE: Readonly<Record<SaeJobState, JobStatus>> = {
  '0': 'PENDING',
  '1': 'SUCCEEDED',
  '2': 'FAILED',
  '3': 'RUNNING',
};

/** Narrows a string to an SAE state code. */
export function isSaeJobState(value: string): value is SaeJobState {
  return (SAE_JOB_STATES as readonly string[]).includes(value);
}

/** The State filter value for a normalized status, or null when SAE has no such state (CANCELLED, ...). */
export function saeStateForStatus(status: JobStatus): SaeJobState | null {
  const found = SAE_JOB_STATES.find((state) => SAE_STATUS_TABLE[state] === status);
  return found ?? null;
}
