import type { PaiJob } from '../../domain/pai-job';
import { isPaiSortField, type PaiSortBy, type PaiSortField } from '../../domain/pai-job-order';
import { BadUserInputError } from '../../errors/bad-user-input.error';

/** A job's value for a SortBy field; null when it has none (e.g. no finish time yet). */
function sortValue(job: PaiJob, field: PaiSortField): string | number | null {
  switch (field) {
    case 'GmtCreateTime':
      return job.gmtCreateTime;
    case 'GmtFinishTime':
      return job.gmtFinishTime;
    case 'DisplayName':
      // Case-insensitive like PAI's collation; the exact spelling only breaks ties.
      return job.displayName === null ? null : `${job.displayName.toLowerCase()}\u0000${job.displayName}`;
    case 'JobType':
      return job.jobType;
    case 'Status':
      return job.providerStatus === '' ? null : job.providerStatus;
  }
}

/**
 * Compares two jobs the way ListJobs orders them by `field` and `order`: by that value, jobs
 * without one last in either direction. Ties compare equal: the caller decides how to break them
 * (within one ListJobs listing, PAI's own order stands).
 */
export function comparePaiJobs(field: PaiSortField, order: 'asc' | 'desc'): (a: PaiJob, b: PaiJob) => number {
  return (a, b) => {
    const va = sortValue(a, field);
    const vb = sortValue(b, field);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const ascending = va < vb ? -1 : va > vb ? 1 : 0;
    return order === 'asc' ? ascending : -ascending;
  };
}

/**
 * The comparator that merges several ListJobs listings into one order. Only a documented SortBy has
 * an order jobgraph knows; for an unchecked one the merge would be a guess, so it is refused.
 */
export function paiMergeOrder(sortBy: PaiSortBy, order: 'asc' | 'desc'): (a: PaiJob, b: PaiJob) => number {
  if (!isPaiSortField(sortBy))
    throw new BadUserInputError(
      'orderBy.fieldUnchecked cannot sort a list merged from several ListJobs listings (several statuses, or several granted workspaces): jobgraph does not know that order. Use orderBy.field, or ask for one status.',
      { argument: 'orderBy.fieldUnchecked' },
    );
  return comparePaiJobs(sortBy, order);
}
