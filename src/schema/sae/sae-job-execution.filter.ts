import type { JobStatus } from '../../domain/job-status';
import { saeStateForStatus, type SaeJobState } from '../../domain/sae-job-status';
import type { SaeJobExecutionFilter } from '../../domain/sae-job-filter';

/**
 * The DescribeJobHistory filter for a raw SAE `state` and/or a normalized `status`. Null when no
 * SAE execution can match: a status SAE never reports (CANCELLED, CANCELLING, UNKNOWN), or a state
 * and a status that disagree. The caller answers an empty list without calling SAE.
 */
export function toSaeExecutionFilter(
  state: SaeJobState | null | undefined,
  status: JobStatus | null | undefined,
): SaeJobExecutionFilter | null {
  const fromStatus = status == null ? undefined : saeStateForStatus(status);
  if (fromStatus === null) return null;
  if (state != null && fromStatus !== undefined && state !== fromStatus) return null;
  const wanted = state ?? fromStatus;
  return wanted === undefined ? {} : { state: wanted };
}
