import type { EpochMillis } from '../../domain/instant';
import {
  PAI_NUMERIC_RANGE_FIELDS,
  PAI_SORT_FIELDS,
  PAI_TIME_RANGE_FIELDS,
  type PaiNumericRangeField,
  type PaiOversoldInfo,
  type PaiSortField,
  type PaiTimeRangeField,
} from '../../domain/pai-dlc-job-fields';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { ListJobsRequest } from './pai-dlc.dto';
import { isPaiJobStatus, type PaiJobStatus } from '../../domain/pai-dlc-job-status';

/**
 * Where the creation-time window starts when the caller gives none. ListJobs without StartTime
 * silently shows only the last 7 days; the provider always sends an explicit StartTime this early
 * instead, so old jobs are never hidden. PAI itself dates from 2015 (DLC and its 2020-12-03 API are
 * younger), so no job is older; a caller can still pass any window of its own.
 */
export const PAI_DEFAULT_WINDOW_START_MS = Date.UTC(2015, 0, 1);

/**
 * The StartTime/EndTime window, inclusive, on `field` (default creation time). Without `from` the
 * provider sends PAI_DEFAULT_WINDOW_START_MS rather than let PAI apply its silent 7-day default;
 * without `to` PAI uses its own "now".
 */
export interface PaiTimeWindow {
  readonly from?: EpochMillis;
  readonly to?: EpochMillis;
  readonly field?: PaiTimeRangeField;
}

/** Every documented ListJobs filter, typed. Absent members do not filter. */
export interface PaiJobFilter {
  /** DisplayName: case-insensitive; how it matches is `displayNameSearchMode`. */
  readonly displayName?: string;
  /** DisplayNameSearchMode: `wildcard` (substring, the documented default); `exact` and `prefix` are emulator extensions. */
  readonly displayNameSearchMode?: 'wildcard' | 'exact' | 'prefix';
  /** JobType: TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ... */
  readonly jobType?: string;
  /** Status: one PAI status per call (see paiStatusesFor for a normalized status). */
  readonly status?: PaiJobStatus;
  /** StartTime / EndTime / TimeRangeField. */
  readonly window?: PaiTimeWindow;
  readonly workspaceId?: string;
  /** FromAllWorkspaces: only together with showOwn=true (the doc's rule, checked before any call). */
  readonly fromAllWorkspaces?: boolean;
  /** ShowOwn: only the jobs of the calling user. */
  readonly showOwn?: boolean;
  /** ResourceId: one resource group (quota) id; wins over resourceIds. */
  readonly resourceId?: string;
  /** ResourceIds: several resource group ids. */
  readonly resourceIds?: readonly string[];
  /** JobId: case-insensitive fragment of the id; wins over jobIds. */
  readonly jobId?: string;
  /** JobIds: exact ids. */
  readonly jobIds?: readonly string[];
  /** UserIdForFilter: the submitter's UID. */
  readonly userIdForFilter?: string;
  /** Username: fragment of the submitter's name. */
  readonly username?: string;
  /** ResourceQuotaName: fragment of the quota name. */
  readonly resourceQuotaName?: string;
  /** Tags: every entry must be on the job's Settings.Tags. */
  readonly tags?: Readonly<Record<string, string>>;
  readonly accessibility?: 'PUBLIC' | 'PRIVATE';
  readonly businessUserId?: string;
  readonly caller?: string;
  readonly pipelineId?: string;
  readonly templateId?: string;
  /** Description: fragment of the job description. */
  readonly description?: string;
  readonly oversoldInfo?: PaiOversoldInfo;
  readonly paymentType?: 'PrePaid' | 'Spot' | 'PostPaid';
  /** EnableAssignNode: jobs that pin (or do not pin) their nodes. */
  readonly enableAssignNode?: boolean;
  /** NumericRangeField / NumericRangeMin / NumericRangeMax, inclusive integers. */
  readonly numericRange?: {
    readonly field: PaiNumericRangeField;
    readonly min?: number;
    readonly max?: number;
  };
  /** ImageSearch: words that must all appear in the image. */
  readonly imageSearch?: string;
  /** ReasonSearch: words that must all appear in the status reason. */
  readonly reasonSearch?: string;
  /** UserCommandSearch: words that must all appear in the command. */
  readonly userCommandSearch?: string;
}

/** PAI's page-number paging: a 1-based PageNumber, a PageSize, and the order. */
export interface PaiPageRequest {
  readonly pageNumber: number;
  readonly pageSize: number;
  /** Upstream's default is GmtCreateTime. */
  readonly sortBy?: PaiSortField;
  /** Upstream's default is desc. */
  readonly order?: 'asc' | 'desc';
}

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
