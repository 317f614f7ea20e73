/**
 * The provider-neutral lifecycle of a job. Each provider's raw status stays available beside it;
 * a raw status we do not know yet maps to UNKNOWN, never to an error.
 */
export const JOB_STATUSES = [
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLING',
  'CANCELLED',
  'UNKNOWN',
] as const;

/** One normalized job status. */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses after which a job never changes again. */
export const TERMINAL_JOB_STATUSES: ReadonlySet<JobStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

/** Looks a raw status up in a provider's table; absent or unseen values are UNKNOWN. */
export function normalizeJobStatus(
  table: Readonly<Record<string, JobStatus>>,
  raw: string | null | undefined,
): JobStatus {
  if (raw === null || raw === undefined) return 'UNKNOWN';
  return Object.prototype.hasOwnProperty.call(table, raw) ? (table[raw] ?? 'UNKNOWN') : 'UNKNOWN';
}
