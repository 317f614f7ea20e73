import type { EpochMillis } from '../../domain/instant';
import {
  PAI_NUMERIC_RANGE_FIELDS,
  PAI_SORT_FIELDS,
  PAI_TIME_RANGE_FIELDS,
} from '../../domain/pai-dlc-job-fields';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { ListJobsRequest } from './pai-dlc-job.dto';
import type { PaiJobFilter, PaiPageRequest } from './pai-dlc-job-filter';
import { PAI_DEFAULT_WINDOW_START_MS } from './pai-dlc-operations';
import { isPaiJobStatus } from '../../domain/pai-dlc-job-status';

/** The last instant a four-digit ISO year can hold; PAI's times are `YYYY-MM-DDTHH:mm:ssZ`. */
const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const bad = (argument: string, message: string) => new BadUserInputError(message, { argument });

function oneOf(value: string | undefined, allowed: readonly string[], argument: string): void {
  if (value !== undefined && !allowed.includes(value))
    throw bad(argument, `${argument} must be one of ${allowed.join(', ')}.`);
}

/** A UTC ISO-8601 time as the PAI docs write it: whole seconds without fractions, else with ms. */
export function toPaiTime(ms: EpochMillis): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function checkTime(value: number | undefined, argument: string): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0 && value <= MAX_TIME_MS)) {
    throw bad(argument, `${argument} must be epoch milliseconds between 1970 and 9999.`);
  }
}

function checkIds(ids: readonly string[] | undefined, argument: string): void {
  // The wire value is one comma-separated string, so an id with a comma would become two.
  if (ids?.some((id) => id.trim() === '' || id.includes(','))) {
    throw bad(argument, `${argument} must be non-empty and contain no commas.`);
  }
}

/** Refuses pages the upstream would refuse, before spending a call on them. */
export function checkPaiPage(page: PaiPageRequest, maxPageSize: number): void {
  if (!Number.isSafeInteger(page.pageNumber) || page.pageNumber < 1) {
    throw bad('pageNumber', 'pageNumber must be an integer of at least 1.');
  }
  if (!Number.isSafeInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > maxPageSize) {
    throw bad('pageSize', `pageSize must be an integer from 1 to ${maxPageSize}.`);
  }
  oneOf(page.sortBy, PAI_SORT_FIELDS, 'sortBy');
  oneOf(page.order, ['asc', 'desc'], 'order');
}

/** Refuses filters the upstream would refuse (or misread), before spending a call on them. */
export function checkPaiJobFilter(filter: PaiJobFilter): void {
  const { window, numericRange } = filter;
  if (filter.status !== undefined && !isPaiJobStatus(filter.status))
    throw bad('status', 'status is not a PAI-DLC job status.');
  checkTime(window?.from, 'window.from');
  checkTime(window?.to, 'window.to');
  if (window?.from !== undefined && window.to !== undefined && window.from > window.to) {
    throw bad('window', 'window.from must not be after window.to.');
  }
  oneOf(window?.field, PAI_TIME_RANGE_FIELDS, 'window.field');
  if (filter.fromAllWorkspaces === true && filter.showOwn !== true) {
    throw bad('fromAllWorkspaces', 'fromAllWorkspaces requires showOwn=true.');
  }
  checkIds(filter.jobIds, 'jobIds');
  checkIds(filter.resourceIds, 'resourceIds');
  if (numericRange) {
    oneOf(numericRange.field, PAI_NUMERIC_RANGE_FIELDS, 'numericRange.field');
    for (const [name, value] of [
      ['min', numericRange.min],
      ['max', numericRange.max],
    ] as const) {
      if (value !== undefined && !Number.isSafeInteger(value))
        throw bad(`numericRange.${name}`, `numericRange.${name} must be an integer.`);
    }
    if (
      numericRange.min !== undefined &&
      numericRange.max !== undefined &&
      numericRange.min > numericRange.max
    ) {
      throw bad('numericRange', 'numericRange.min must not be above numericRange.max.');
    }
  }
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
