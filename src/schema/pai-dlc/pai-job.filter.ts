import type { JobStatus } from '../../domain/job-status';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import {
  PAI_JOB_STATUSES,
  paiStatusesFor,
  type PaiJobStatus as WireStatus,
} from '../../domain/pai-job-status';
import {
  paiJobFilterProblem,
  type PaiJobFilter as ProviderFilter,
  type UncheckedWireValue,
} from '../../domain/pai-job-filter';
import type { PaiSortBy } from '../../domain/pai-job-order';
import type { PaiJobFilter } from './pai-job-filter.input';
import type { PaiJobOrder } from './pai-job-order.input';

/** What one `paiJobs` call asks every instance for. */
export interface PaiListing {
  /** The ListJobs filter without Status; keys only when set, so it doubles as the cursor binding. */
  readonly filter: ProviderFilter;
  /**
   * The PAI statuses to list, in PAI's documented order: null for no status condition, [] when
   * nothing can match (e.g. only UNKNOWN asked for), else one ListJobs listing per status.
   */
  readonly statuses: readonly WireStatus[] | null;
  /** A documented SortBy, or the caller's unchecked one. */
  readonly sortBy: PaiSortBy;
  readonly order: 'asc' | 'desc';
}

/** `providerStatuses` ∩ the statuses behind `statuses`; null when neither is given. */
function statusesOf(filter: PaiJobFilter | null | undefined): WireStatus[] | null {
  const raw =
    filter?.providerStatuses && filter.providerStatuses.length > 0 ? new Set(filter.providerStatuses) : null;
  const normalized =
    filter?.statuses && filter.statuses.length > 0
      ? new Set(filter.statuses.flatMap((status: JobStatus) => paiStatusesFor(status)))
      : null;
  if (raw === null && normalized === null) return null;
  return PAI_JOB_STATUSES.filter((status) => (raw?.has(status) ?? true) && (normalized?.has(status) ?? true));
}

function tagsOf(
  tags: readonly { key: string; value: string }[] | null | undefined,
): Record<string, string> | undefined {
  if (!tags || tags.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (const { key, value } of tags) {
    if (key.trim() === '')
      throw new BadUserInputError('A tag key must not be empty.', { argument: 'filter.tags' });
    if (Object.prototype.hasOwnProperty.call(map, key)) {
      throw new BadUserInputError(`Tag "${key.slice(0, 64)}" is given twice.`, { argument: 'filter.tags' });
    }
    map[key] = value;
  }
  return map;
}

/** `{[name]: value}` unless value is null, undefined or '', so unset filters stay out of the binding and off the wire. */
function set<K extends keyof ProviderFilter>(
  name: K,
  value: ProviderFilter[K] | null | undefined,
): Partial<ProviderFilter> {
  return value === null || value === undefined || value === '' ? {} : { [name]: value };
}

/**
 * A wire value given either as a documented enum value or as the caller's unchecked string: at most
 * one of the two (exactly one when `required`), and an unchecked string is never blank.
 */
function documentedOrUnchecked<T extends string>(
  documented: T | null | undefined,
  unchecked: string | null | undefined,
  [documentedName, uncheckedName]: readonly [string, string],
  required: boolean,
): T | UncheckedWireValue | undefined {
  if (documented != null && unchecked != null)
    throw new BadUserInputError(`Give ${documentedName} or ${uncheckedName}, not both.`, {
      argument: uncheckedName,
    });
  if (unchecked != null) {
    if (unchecked.trim() === '')
      throw new BadUserInputError(`${uncheckedName} must not be empty.`, { argument: uncheckedName });
    return unchecked;
  }
  if (documented != null) return documented;
  if (required)
    throw new BadUserInputError(`Give ${documentedName} or ${uncheckedName}.`, { argument: documentedName });
  return undefined;
}

function windowOf(filter: PaiJobFilter | null | undefined): ProviderFilter['window'] {
  const window = filter?.window;
  if (!window || (window.from == null && window.to == null && window.fieldUnchecked == null))
    return undefined;
  const field = documentedOrUnchecked(
    undefined,
    window.fieldUnchecked,
    ['filter.window.field', 'filter.window.fieldUnchecked'],
    false,
  );
  return {
    ...(window.from != null ? { from: window.from.getTime() } : {}),
    ...(window.to != null ? { to: window.to.getTime() } : {}),
    ...(field !== undefined ? { field } : {}),
  };
}

function numericRangeOf(filter: PaiJobFilter | null | undefined): ProviderFilter['numericRange'] {
  const range = filter?.numericRange;
  if (!range) return undefined;
  const field = documentedOrUnchecked(
    range.field,
    range.fieldUnchecked,
    ['filter.numericRange.field', 'filter.numericRange.fieldUnchecked'],
    true,
  ) as string;
  return {
    field,
    ...(range.min != null ? { min: range.min } : {}),
    ...(range.max != null ? { max: range.max } : {}),
  };
}

/** The provider filter for the GraphQL filter (without Status), in a fixed key order. */
function providerFilterOf(filter: PaiJobFilter | null | undefined): ProviderFilter {
  return {
    ...set('displayName', filter?.displayName),
    ...set(
      'displayNameSearchMode',
      documentedOrUnchecked(
        filter?.displayNameSearchMode,
        filter?.displayNameSearchModeUnchecked,
        ['filter.displayNameSearchMode', 'filter.displayNameSearchModeUnchecked'],
        false,
      ),
    ),
    ...set('jobType', filter?.jobType),
    ...set('window', windowOf(filter)),
    ...set('workspaceId', filter?.workspaceId),
    ...set('fromAllWorkspaces', filter?.fromAllWorkspaces),
    ...set('showOwn', filter?.showOwn),
    ...set('resourceId', filter?.resourceId),
    ...set('resourceIds', filter?.resourceIds ? [...filter.resourceIds] : undefined),
    ...set('jobId', filter?.jobId),
    ...set('jobIds', filter?.jobIds ? [...filter.jobIds] : undefined),
    ...set('userIdForFilter', filter?.userId),
    ...set('username', filter?.username),
    ...set('resourceQuotaName', filter?.resourceQuotaName),
    ...set('tags', tagsOf(filter?.tags)),
    ...set('accessibility', filter?.accessibility),
    ...set('businessUserId', filter?.businessUserId),
    ...set('caller', filter?.caller),
    ...set('pipelineId', filter?.pipelineId),
    ...set('templateId', filter?.templateId),
    ...set('description', filter?.description),
    ...set('oversoldInfo', filter?.oversoldInfo),
    ...set('paymentType', filter?.paymentType),
    ...set('enableAssignNode', filter?.enableAssignNode),
    ...set('numericRange', numericRangeOf(filter)),
    ...set('imageSearch', filter?.imageSearch),
    ...set('reasonSearch', filter?.reasonSearch),
    ...set('userCommandSearch', filter?.userCommandSearch),
  };
}

/**
 * The validated listing for the GraphQL arguments. The provider's own checks run here first, so a
 * bad filter is refused before any call, with `argument` naming the GraphQL path (`filter.window.from`).
 */
export function toPaiListing(
  filter: PaiJobFilter | null | undefined,
  orderBy: PaiJobOrder | null | undefined,
): PaiListing {
  const providerFilter = providerFilterOf(filter);
  const problem = paiJobFilterProblem(providerFilter);
  if (problem !== null) {
    const path = problem.argument === 'userIdForFilter' ? 'userId' : problem.argument;
    // The check speaks of epoch milliseconds; a GraphQL client sent a DateTime.
    const message = problem.message
      .replace(problem.argument, `filter.${path}`)
      .replace('epoch milliseconds', 'a time');
    throw new BadUserInputError(message, { argument: `filter.${path}` });
  }
  return {
    filter: providerFilter,
    statuses: statusesOf(filter),
    sortBy:
      documentedOrUnchecked(
        orderBy?.field,
        orderBy?.fieldUnchecked,
        ['orderBy.field', 'orderBy.fieldUnchecked'],
        false,
      ) ?? 'GmtCreateTime',
    order: orderBy?.direction ?? 'desc',
  };
}
