import { normalizeJobStatus, type JobStatus } from './job-status';

/**
 * Gravitino's `JobHandle.Status` values as documented, lower-cased as the server writes them:
 * main's OpenAPI file spells the last one `cancelled`, v1.3.0's (and the ListJobRuns page)
 * `canceled`. The status is an open string: a value not listed here (a newer server's) normalizes
 * to UNKNOWN.
 */
export const GRAVITINO_JOB_STATUSES = [
  'queued',
  'started',
  'succeeded',
  'failed',
  'cancelling',
  'cancelled',
  'canceled',
] as const;

/** One documented Gravitino job status. */
export type GravitinoJobStatus = (typeof GRAVITINO_JOB_STATUSES)[number];

/** Gravitino job status → JobStatus; anything else (after canonicalGravitinoStatus) is UNKNOWN. */
export const GRAVITINO_STATUS_TABLE: Readonly<Record<GravitinoJobStatus, JobStatus>> = {
  queued: 'PENDING',
  started: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  cancelling: 'CANCELLING',
  cancelled: 'CANCELLED',
  canceled: 'CANCELLED',
};

/**
 * The key main's server would count a status under: lower case (the server's deserializer is
 * case-insensitive), `canceled` spelled `cancelled`. `canceled` is the v1.3.0 docs' spelling (a
 * documentation bug; the server always wrote `cancelled`), accepted anyway.
 */
export function canonicalGravitinoStatus(raw: string): string {
  const key = raw.trim().toLowerCase();
  return key === 'canceled' ? 'cancelled' : key;
}

/** Normalizes a wire status in any case or spelling; absent or unknown values are UNKNOWN. */
export function normalizeGravitinoStatus(raw: string | null | undefined): JobStatus {
  return normalizeJobStatus(
    GRAVITINO_STATUS_TABLE,
    typeof raw === 'string' ? canonicalGravitinoStatus(raw) : null,
  );
}
