import type { JobStatus } from './job-status';

/** PAI-DLC job statuses as the ListJobs page documents them. */
export const PAI_JOB_STATUSES = [
  'Creating',
  'Queuing',
  'Bidding',
  'EnvPreparing',
  'SanityChecking',
  'Running',
  'Restarting',
  'Stopping',
  'SucceededReserving',
  'FailedReserving',
  'Succeeded',
  'Failed',
  'Stopped',
] as const;

/** One documented PAI-DLC job status. */
export type PaiJobStatus = (typeof PAI_JOB_STATUSES)[number];

/**
 * PAI-DLC job status → JobStatus. Statuses not listed (a future one, or none) are UNKNOWN.
 * - Creating, Queuing, Bidding, EnvPreparing, SanityChecking → PENDING: the job exists but its
 *   code is not running yet (it waits for the quota, a spot bid, its image and mounts, or the
 *   pre-run node health check).
 * - Running → RUNNING; Restarting → RUNNING too: a fault-tolerant restart of a running job, which
 *   goes back to Running by itself and is neither finished nor waiting to start.
 * - Stopping → CANCELLING, Stopped → CANCELLED: stopped before it finished. The status does not say
 *   who stopped it: a user (ReasonCode `JobStoppedByUser`, the doc's example) or PAI itself when
 *   the job reached its JobMaxRunningTimeMinutes. CANCELLED means exactly that, "stopped before it
 *   finished, by whoever"; the job's reasonCode tells which.
 * - SucceededReserving → SUCCEEDED, FailedReserving → FAILED: the outcome is final; PAI only keeps
 *   the pods alive for JobReservedMinutes so they can be inspected.
 * - Succeeded → SUCCEEDED, Failed → FAILED.
 */
export const PAI_STATUS_TABLE: Readonly<Record<PaiJobStatus, JobStatus>> = {
  Creating: 'PENDING',
  Queuing: 'PENDING',
  Bidding: 'PENDING',
  EnvPreparing: 'PENDING',
  SanityChecking: 'PENDING',
  Running: 'RUNNING',
  Restarting: 'RUNNING',
  Stopping: 'CANCELLING',
  SucceededReserving: 'SUCCEEDED',
  FailedReserving: 'FAILED',
  Succeeded: 'SUCCEEDED',
  Failed: 'FAILED',
  Stopped: 'CANCELLED',
};

/** Narrows a string to a documented PAI-DLC job status. */
export function isPaiJobStatus(value: string): value is PaiJobStatus {
  return (PAI_JOB_STATUSES as readonly string[]).includes(value);
}

/**
 * The PAI statuses that normalize to `status`, for a cross-provider status filter. ListJobs filters
 * on one Status per call, so a caller wanting e.g. PENDING makes one call per status listed here.
 */
export function paiStatusesFor(status: JobStatus): PaiJobStatus[] {
  return PAI_JOB_STATUSES.filter((raw) => PAI_STATUS_TABLE[raw] === status);
}
