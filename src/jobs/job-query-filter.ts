import type { EpochMillis } from '../domain/instant';
import type { JobFields } from '../domain/job';
import type { JobStatus } from '../domain/job-status';
import type { ProviderId } from '../domain/provider-id';

/** The `jobs` filter after validation: what the lists push down and what the gateway checks itself. */
export interface JobQueryFilter {
  readonly providers: ReadonlySet<ProviderId> | null;
  readonly statuses: ReadonlySet<JobStatus> | null;
  /** Inclusive bounds on createdAt. */
  readonly createdAfter: EpochMillis | null;
  readonly createdBefore: EpochMillis | null;
  /** Lower-cased. */
  readonly nameContains: string | null;
  /** Alibaba regions; Gravitino instances have none and are left out when this is set. */
  readonly regions: ReadonlySet<string> | null;
}

/** The upper createdAt bound for a list's next fetch: the resume position or createdBefore, whichever is older. */
export function createdUpperBound(filter: JobQueryFilter, resumeAt: EpochMillis | null): EpochMillis | null {
  if (resumeAt === null) return filter.createdBefore;
  return filter.createdBefore === null ? resumeAt : Math.min(resumeAt, filter.createdBefore);
}

/**
 * The gateway-side check every item passes, whatever a list pushed down: a pushed-down filter
 * only saves upstream work, so this is what makes results exact.
 */
export function matchesJobFilter(job: JobFields, filter: JobQueryFilter): boolean {
  if (filter.statuses && !filter.statuses.has(job.status)) return false;
  if (filter.createdAfter !== null && (job.createdAt === null || job.createdAt < filter.createdAfter))
    return false;
  if (filter.createdBefore !== null && (job.createdAt === null || job.createdAt > filter.createdBefore))
    return false;
  if (filter.nameContains !== null && !(job.name ?? '').toLowerCase().includes(filter.nameContains))
    return false;
  return true;
}
