import { normalizeJobStatus, type JobStatus } from './job-status';

/**
 * Gravitino's `JobHandle.Status`, lower-cased as the server writes it. `canceled` is the v1.3.0
 * docs' spelling (a documentation bug; the server always wrote `cancelled`), accepted anyway.
 */
const GRAVITINO_STATUS_TABLE: Readonly<Record<string, JobStatus>> = {
  queued: 'PENDING',
  started: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  cancelling: 'CANCELLING',
  cancelled: 'CANCELLED',
  canceled: 'CANCELLED',
};

/** Normalizes a wire status in any case (the server's deserializer is case-insensitive); unknown → UNKNOWN. */
export function normalizeGravitinoStatus(raw: string | null | undefined): JobStatus {
  return normalizeJobStatus(
    GRAVITINO_STATUS_TABLE,
    typeof raw === 'string' ? raw.trim().toLowerCase() : null,
  );
}

/** The key main's server would count a status under: lower case, `canceled` spelled `cancelled`. */
export function canonicalGravitinoStatus(raw: string): string {
  const key = raw.trim().toLowerCase();
  return key === 'canceled' ? 'cancelled' : key;
}
