import type { EpochMillis } from '../../domain/instant';
import type { PaiJobStatus } from '../../domain/pai-dlc-job-status';

/** Time fields a window can apply to (TimeRangeField); creation time is upstream's default. */
export const PAI_TIME_RANGE_FIELDS = [
  'GmtCreateTime',
  'GmtSubmittedTime',
  'GmtRunningTime',
  'GmtSuccessedTime',
  'GmtFailedTime',
  'GmtStoppedTime',
  'GmtFinishTime',
  'GmtModifiedTime',
] as const;

/** A TimeRangeField value. */
export type PaiTimeRangeField = (typeof PAI_TIME_RANGE_FIELDS)[number];

/**
 * SortBy values: the five the doc lists (DisplayName, JobType, Status, GmtCreateTime, GmtFinishTime)
 * and three more time fields the console sorts by, which the emulator supports too.
 */
export const PAI_SORT_FIELDS = [
  'GmtCreateTime',
  'GmtFinishTime',
  'DisplayName',
  'JobType',
  'Status',
  'GmtRunningTime',
  'GmtSubmittedTime',
  'GmtModifiedTime',
] as const;

/** A SortBy value. */
export type PaiSortField = (typeof PAI_SORT_FIELDS)[number];

/** Fields NumericRangeField accepts. */
export const PAI_NUMERIC_RANGE_FIELDS = [
  'RequestGPU',
  'RequestCPU',
  'RequestMemory',
  'NodeCount',
  'Priority',
  'Duration',
] as const;

/** A NumericRangeField value. */
export type PaiNumericRangeField = (typeof PAI_NUMERIC_RANGE_FIELDS)[number];

/** OversoldInfo values: whether a job may, must not, or did use idle (oversold) resources. */
export type PaiOversoldInfo =
  'ForbiddenQuotaOverSold' | 'ForceQuotaOverSold' | 'AcceptQuotaOverSold-true' | 'AcceptQuotaOverSold-false';

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
