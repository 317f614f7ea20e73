import type { EpochMillis } from '../../domain/instant';
import type {
  PaiNumericRangeField,
  PaiOversoldInfo,
  PaiSortField,
  PaiTimeRangeField,
} from '../../domain/pai-dlc-job-fields';
import type { PaiJobStatus } from '../../domain/pai-dlc-job-status';

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
