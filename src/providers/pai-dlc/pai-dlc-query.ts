import type { EpochMillis } from '../../domain/instant';
import { paiJobFilterProblem, type PaiJobFilter } from '../../domain/pai-job-filter';
import type { PaiSortBy } from '../../domain/pai-job-order';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { ListJobsRequest } from './pai-dlc.dto';

/**
 * Where the creation-time window starts when the caller gives none. ListJobs without StartTime
 * silently shows only the last 7 days; the provider always sends an explicit StartTime this early
 * instead, so old jobs are never hidden. PAI itself dates from 2015 (DLC and its 2020-12-03 API are
 * younger), so no job is older; a caller can still pass any window of its own.
 */
export const PAI_DEFAULT_WINDOW_START_MS = Date.UTC(2015, 0, 1);

/** PAI's page-number paging: a 1-based PageNumber, a PageSize, and the order. */
export interface PaiPageRequest {
  readonly pageNumber: number;
  readonly pageSize: number;
  /** Upstream's default is GmtCreateTime; a value beyond the documented five is sent unchecked. */
  readonly sortBy?: PaiSortBy;
  /** Upstream's default is desc. */
  readonly order?: 'asc' | 'desc';
}

const bad = (argument: string, message: string) => new BadUserInputError(message, { argument });

function oneOf(value: string | undefined, allowed: readonly string[], argument: string): void {
  if (value !== undefined && !allowed.includes(value))
    throw bad(argument, `${argument} must be one of ${allowed.join(', ')}.`);
}

/** A UTC ISO-8601 time as the PAI docs write it: whole seconds without fractions, else with ms. */
export function toPaiTime(ms: EpochMillis): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Refuses pages the upstream would refuse, before spending a call on them. */
export function checkPaiPage(page: PaiPageRequest, maxPageSize: number): void {
  if (!Number.isSafeInteger(page.pageNumber) || page.pageNumber < 1) {
    throw bad('pageNumber', 'pageNumber must be an integer of at least 1.');
  }
  if (!Number.isSafeInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > maxPageSize) {
    throw bad('pageSize', `pageSize must be an integer from 1 to ${maxPageSize}.`);
  }
  // SortBy may be a caller's unchecked value (see PaiSortBy); only an empty one is surely wrong.
  if (page.sortBy !== undefined && page.sortBy.trim() === '')
    throw bad('sortBy', 'sortBy must not be empty.');
  oneOf(page.order, ['asc', 'desc'], 'order');
}

/** Refuses filters the upstream would refuse (or misread), before spending a call on them. */
export function checkPaiJobFilter(filter: PaiJobFilter): void {
  const problem = paiJobFilterProblem(filter);
  if (problem !== null) throw bad(problem.argument, problem.message);
}

/** `{[name]: value}`, or nothing when value is undefined, so absent filters stay off the wire. */
const param = <K extends keyof ListJobsRequest>(
  name: K,
  value: ListJobsRequest[K] | undefined,
): Partial<ListJobsRequest> => (value === undefined ? {} : { [name]: value });

/**
 * Builds the ListJobs query. StartTime is always sent (PAI_DEFAULT_WINDOW_START_MS unless the
 * caller gave one): without it PAI shows only the last 7 days, and old jobs would silently vanish.
 */
export function toListJobsRequest(filter: PaiJobFilter, page: PaiPageRequest): ListJobsRequest {
  const { window, numericRange, tags } = filter;
  return {
    ...param('Accessibility', filter.accessibility),
    ...param('BusinessUserId', filter.businessUserId),
    ...param('Caller', filter.caller),
    ...param('Description', filter.description),
    ...param('DisplayName', filter.displayName),
    ...param('DisplayNameSearchMode', filter.displayNameSearchMode),
    ...param(
      'EnableAssignNode',
      filter.enableAssignNode === undefined ? undefined : String(filter.enableAssignNode),
    ),
    ...param('EndTime', window?.to === undefined ? undefined : toPaiTime(window.to)),
    ...param('FromAllWorkspaces', filter.fromAllWorkspaces),
    ...param('ImageSearch', filter.imageSearch),
    ...param('JobId', filter.jobId),
    ...param('JobIds', filter.jobIds && filter.jobIds.length > 0 ? filter.jobIds.join(',') : undefined),
    ...param('JobType', filter.jobType),
    ...param('NumericRangeField', numericRange?.field),
    ...param('NumericRangeMax', numericRange?.max),
    ...param('NumericRangeMin', numericRange?.min),
    ...param('Order', page.order),
    ...param('OversoldInfo', filter.oversoldInfo),
    PageNumber: page.pageNumber,
    PageSize: page.pageSize,
    ...param('PaymentType', filter.paymentType),
    ...param('PipelineId', filter.pipelineId),
    ...param('ReasonSearch', filter.reasonSearch),
    ...param('ResourceId', filter.resourceId),
    ...param(
      'ResourceIds',
      filter.resourceIds && filter.resourceIds.length > 0 ? filter.resourceIds.join(',') : undefined,
    ),
    ...param('ResourceQuotaName', filter.resourceQuotaName),
    ...param('ShowOwn', filter.showOwn),
    ...param('SortBy', page.sortBy),
    StartTime: toPaiTime(window?.from ?? PAI_DEFAULT_WINDOW_START_MS),
    ...param('Status', filter.status),
    ...param('Tags', tags && Object.keys(tags).length > 0 ? tags : undefined),
    ...param('TemplateId', filter.templateId),
    ...param('TimeRangeField', window?.field),
    ...param('UserCommandSearch', filter.userCommandSearch),
    ...param('UserIdForFilter', filter.userIdForFilter),
    ...param('Username', filter.username),
    ...param('WorkspaceId', filter.workspaceId),
  };
}

/** True when the filter can match nothing (an empty id set), so no call is needed. */
export function matchesNothing(filter: PaiJobFilter): boolean {
  // JobId wins over JobIds and ResourceId over ResourceIds upstream, so an empty list only empties alone.
  return (
    (filter.jobId === undefined && filter.jobIds !== undefined && filter.jobIds.length === 0) ||
    (filter.resourceId === undefined && filter.resourceIds !== undefined && filter.resourceIds.length === 0)
  );
}
