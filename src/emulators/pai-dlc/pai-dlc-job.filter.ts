/**
 * The normalized ListJobs filter and the sort keys. Normalized means ids are already resolved to
 * dataset indexes and text is lower-cased, so equal queries give equal memo keys.
 */

// The documented value lists are the wire's, shared with the client (src/providers/pai-dlc).
export {
  PAI_TIME_RANGE_FIELDS as TIME_FIELDS,
  PAI_SORT_FIELDS as SORT_KEYS,
  PAI_NUMERIC_RANGE_FIELDS as NUMERIC_FIELDS,
} from '../../providers/pai-dlc/pai-dlc-job-filter';
import type { PaiNumericRangeField, PaiSortField, PaiTimeRangeField } from '../../providers/pai-dlc/pai-dlc-job-filter';

/** A TimeRangeField value. */
export type TimeField = PaiTimeRangeField;
/** A SortBy value. */
export type SortKey = PaiSortField;
/** A NumericRangeField value. */
export type NumericField = PaiNumericRangeField;

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
