/**
 * The normalized ListJobs filter and the sort keys. Normalized means ids are already resolved to
 * dataset indexes and text is lower-cased, so equal queries give equal memo keys.
 */

/** Time fields a window can apply to (TimeRangeField, as the ListJobs page lists them); creation time is the default. */
export const TIME_FIELDS = [
  'GmtCreateTime',
  'GmtSubmittedTime',
  'GmtRunningTime',
  'GmtSuccessedTime',
  'GmtFailedTime',
  'GmtStoppedTime',
  'GmtFinishTime',
  'GmtModifiedTime',
] as const;

/**
 * SortBy values: the five the doc lists (DisplayName, JobType, Status, GmtCreateTime, GmtFinishTime)
 * and three more time fields the console sorts by, offered as an emulator option.
 */
export const SORT_KEYS = [
  'GmtCreateTime',
  'GmtFinishTime',
  'DisplayName',
  'JobType',
  'Status',
  'GmtRunningTime',
  'GmtSubmittedTime',
  'GmtModifiedTime',
] as const;

/** Fields NumericRangeField accepts (ListJobs page). */
export const NUMERIC_FIELDS = [
  'RequestGPU',
  'RequestCPU',
  'RequestMemory',
  'NodeCount',
  'Priority',
  'Duration',
] as const;

/** A TimeRangeField value. */
export type TimeField = (typeof TIME_FIELDS)[number];
/** A SortBy value. */
export type SortKey = (typeof SORT_KEYS)[number];
/** A NumericRangeField value. */
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/**
 * How DisplayName matches. The doc names only `wildcard`, the default (case-insensitive substring);
 * `exact` and `prefix` (both case-insensitive) are emulator extensions. Anything else is InvalidParameter.
 */
export type DisplayNameMode = 'wildcard' | 'exact' | 'prefix';

/** A ListJobs filter after validation. Undefined members do not filter. */
export interface JobFilter {
  /** Inclusive window in epoch ms on `field`; always present (7-day default). */
  readonly window: { readonly field: TimeField; readonly fromMs: number; readonly toMs: number };
  readonly displayName?: { readonly text: string; readonly mode: DisplayNameMode };
  readonly jobType?: string;
  readonly status?: string;
  /** Resolved workspace index; -1 = an id that matches nothing. */
  readonly workspaceIndex?: number;
  /** Resolved submitter index (ShowOwn and/or UserIdForFilter); -1 = matches nothing. */
  readonly userIndex?: number;
  /** Resolved quota indexes (ResourceId, ResourceIds); empty = matches nothing. */
  readonly quotaIndexes?: readonly number[];
  readonly jobIdLike?: string;
  readonly jobIds?: readonly string[];
  readonly usernameLike?: string;
  readonly quotaNameLike?: string;
  readonly tags?: readonly (readonly [string, string])[];
  readonly accessibility?: 'PUBLIC' | 'PRIVATE';
  readonly paymentType?: string;
  readonly pipelineId?: string;
  readonly businessUserId?: string;
  readonly caller?: string;
  readonly templateId?: string;
  readonly descriptionLike?: string;
  readonly oversold?: { readonly type: string; readonly use?: boolean };
  readonly enableAssignNode?: boolean;
  readonly numeric?: { readonly field: NumericField; readonly min?: number; readonly max?: number };
  readonly imageTokens?: readonly string[];
  readonly reasonTokens?: readonly string[];
  readonly commandTokens?: readonly string[];
}
