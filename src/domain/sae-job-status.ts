import type { JobStatus } from './job-status';

/** SAE's execution states as the wire spells them (DescribeJobHistory `State`, ListJobs `LastJobState`). */
export const SAE_JOB_STATES = ['0', '1', '2', '3'] as const;

/** One SAE execution state: "0" not run, "1" succeeded, "2" failed, "3" running. */
export type SaeJobState = (typeof SAE_JOB_STATES)[number];

/**
 * SAE execution `State` (DescribeJobHistory, DescribeJobStatus) → JobStatus. "0" ("not executed")
 * on an execution is one that exists but has not run yet: PENDING. SAE has no cancel state.
 */
export const SAE_STATUS_TABLE: Readonly<Record<SaeJobState, JobStatus>> = {
  '0': 'PENDING',
  '1': 'SUCCEEDED',
  '2': 'FAILED',
  '3': 'RUNNING',
};

/**
 * SAE template `LastJobState` (ListJobs) → the status of its last execution. The same codes, but
 * on a template "0" ("not executed") means it has never run: there is no last execution, so no
 * status (null) rather than a PENDING one that will never start.
 */
export const SAE_LAST_JOB_STATUS_TABLE: Readonly<Record<SaeJobState, JobStatus | null>> = {
  '0': null,
  '1': 'SUCCEEDED',
  '2': 'FAILED',
  '3': 'RUNNING',
};

/** A template's LastJobState normalized: null when it never ran ("0"), UNKNOWN when absent or unseen. */
export function saeLastJobStatus(raw: string | null | undefined): JobStatus | null {
  if (raw === null || raw === undefined || !isSaeJobState(raw)) return 'UNKNOWN';
  return SAE_LAST_JOB_STATUS_TABLE[raw];
}

/** Narrows a string to an SAE state code. */
export function isSaeJobState(value: string): value is SaeJobState {
  return (SAE_JOB_STATES as readonly string[]).includes(value);
}

/** The State filter value for a normalized status, or null when SAE has no such state (CANCELLED, ...). */
export function saeStateForStatus(status: JobStatus): SaeJobState | null {
  const found = SAE_JOB_STATES.find((state) => SAE_STATUS_TABLE[state] === status);
  return found ?? null;
}
