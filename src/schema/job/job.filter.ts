import type { JobStatus } from '../../domain/job-status';
import type { ProviderId } from '../../domain/provider-id';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { JobFilter } from './job-filter.input';
import type { JobQueryFilter } from '../../jobs/job-query-filter';

/** Longest `nameContains` accepted; names are short, and this bounds the work per item. */
const MAX_NAME_FILTER = 200;

function time(value: Date | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  const ms = value.getTime();
  if (!Number.isFinite(ms)) throw new BadUserInputError(`"${argument}" is not a valid time.`, { argument });
  return ms;
}

/** Validates the GraphQL filter into the form sources use. */
export function toJobQueryFilter(input: JobFilter | null | undefined): JobQueryFilter {
  const createdAfter = time(input?.createdAfter, 'filter.createdAfter');
  const createdBefore = time(input?.createdBefore, 'filter.createdBefore');
  if (createdAfter !== null && createdBefore !== null && createdAfter > createdBefore) {
    throw new BadUserInputError('"filter.createdAfter" must not be later than "filter.createdBefore".', {
      argument: 'filter.createdAfter',
    });
  }
  const name = input?.nameContains;
  if (name !== null && name !== undefined && name.length > MAX_NAME_FILTER) {
    throw new BadUserInputError(`"filter.nameContains" may hold at most ${MAX_NAME_FILTER} characters.`, {
      argument: 'filter.nameContains',
    });
  }
  const set = <T>(values: readonly unknown[] | null | undefined): ReadonlySet<T> | null =>
    values ? new Set(values as T[]) : null;
  return {
    providers: set<ProviderId>(input?.providers),
    statuses: set<JobStatus>(input?.statuses),
    createdAfter,
    createdBefore,
    nameContains: name ? name.toLowerCase() : null,
    regions: set<string>(input?.regions),
  };
}
