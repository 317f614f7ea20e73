/**
 * The normalized ListJobs filter and the sort keys. Normalized means ids are already resolved to
 * dataset indexes and text is lower-cased, so equal queries give equal memo keys.
 */

/** SortBy values: exactly the five the ListJobs page lists; anything else is InvalidParameter. */
export const SORT_KEYS = ['GmtCreateTime', 'GmtFinishTime', 'DisplayName', 'JobType', 'Status'] as const;

/**
 * NumericRangeField values: the documentation names only `RequestGPU` (its example), so that is the
 * one accepted; anything else is InvalidParameter.
 */
export const NUMERIC_FIELDS = ['RequestGPU'] as const;

/**
 * DisplayNameSearchMode values: the documentation names only `wildcard`, the default
 * (case-insensitive substring); anything else is InvalidParameter.
 */
export const DISPLAY_NAME_SEARCH_MODES = ['wildcard'] as const;

/** A SortBy value. */
export type SortKey = (typeof SORT_KEYS)[number];
/** A NumericRangeField value. */
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/** A ListJobs filter after validation. Undefined members do not filter. */
export interface JobFilter {
  /**
   * Inclusive window in epoch ms on creation time, always present (7-day default). TimeRangeField
   * could move it to another time, but the documentation names no value for it, so none is taken.
   */
  readonly window: { readonly fromMs: number; readonly toMs: number };
  /** Lower-cased; matched as a case-insensitive substring (`wildcard`, the only documented mode). */
  readonly displayName?: string;
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
