import type { EpochMillis } from './instant';
import { isPaiJobStatus, type PaiJobStatus } from './pai-job-status';

// The ListJobs filter (the ListJobs doc): the schema builds it from its GraphQL arguments and checks
// it before any call, the provider checks it again and sends it, so both read it from here.

/**
 * DisplayNameSearchMode values the ListJobs documentation names: only `wildcard`, its default
 * (case-insensitive substring). A caller may send another value unchecked, at its own risk.
 */
export const PAI_DISPLAY_NAME_SEARCH_MODES = ['wildcard'] as const;

/** A documented DisplayNameSearchMode value. */
export type PaiDisplayNameSearchMode = (typeof PAI_DISPLAY_NAME_SEARCH_MODES)[number];

/**
 * NumericRangeField values the documentation names: only `RequestGPU`, its example. A caller may
 * send another value unchecked, at its own risk.
 */
export const PAI_NUMERIC_RANGE_FIELDS = ['RequestGPU'] as const;

/** A documented NumericRangeField value. */
export type PaiNumericRangeField = (typeof PAI_NUMERIC_RANGE_FIELDS)[number];

// TimeRangeField has no documented value at all: the documentation says only that the window is
// on creation time by default. So the window's field is the caller's unchecked string, or absent.

/**
 * A wire value the caller chose beyond the documented ones, sent as is; upstream may refuse it
 * (ListJobs answers InvalidParameter) or read it its own way. Never empty.
 */
export type UncheckedWireValue = string & NonNullable<unknown>;

/** OversoldInfo values: whether a job may, must not, or did use idle (oversold) resources. */
export type PaiOversoldInfo =
  'ForbiddenQuotaOverSold' | 'ForceQuotaOverSold' | 'AcceptQuotaOverSold-true' | 'AcceptQuotaOverSold-false';

/**
 * The StartTime/EndTime window, inclusive, on creation time unless `field` says otherwise. Without
 * `from` the provider sends an early start of its own rather than let PAI apply its silent 7-day
 * default; without `to` PAI uses its own "now".
 */
export interface PaiTimeWindow {
  readonly from?: EpochMillis;
  readonly to?: EpochMillis;
  /** TimeRangeField, sent as is: the documentation names no value, so none is checked. */
  readonly field?: UncheckedWireValue;
}

/** Every documented ListJobs filter, typed. Absent members do not filter. */
export interface PaiJobFilter {
  /** DisplayName: case-insensitive; how it matches is `displayNameSearchMode`. */
  readonly displayName?: string;
  /**
   * DisplayNameSearchMode: `wildcard` (substring, the documented default) or a caller's unchecked
   * value, sent as is.
   */
  readonly displayNameSearchMode?: PaiDisplayNameSearchMode | UncheckedWireValue;
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
  /**
   * NumericRangeField / NumericRangeMin / NumericRangeMax, inclusive integers; the field is
   * `RequestGPU` (documented) or a caller's unchecked value, sent as is.
   */
  readonly numericRange?: {
    readonly field: PaiNumericRangeField | UncheckedWireValue;
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

/** Why a filter would be refused: the member at fault and what is wrong with it. */
export interface PaiJobFilterProblem {
  readonly argument: string;
  readonly message: string;
}

/** The last instant a four-digit ISO year can hold; PAI's times are `YYYY-MM-DDTHH:mm:ssZ`. */
const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const problem = (argument: string, message: string): PaiJobFilterProblem => ({ argument, message });

function emptyProblem(value: string | undefined, argument: string): PaiJobFilterProblem | null {
  return value !== undefined && value.trim() === ''
    ? problem(argument, `${argument} must not be empty.`)
    : null;
}

function timeProblem(value: number | undefined, argument: string): PaiJobFilterProblem | null {
  return value !== undefined && !(Number.isSafeInteger(value) && value >= 0 && value <= MAX_TIME_MS)
    ? problem(argument, `${argument} must be epoch milliseconds between 1970 and 9999.`)
    : null;
}

function idsProblem(ids: readonly string[] | undefined, argument: string): PaiJobFilterProblem | null {
  // The wire value is one comma-separated string, so an id with a comma would become two.
  return ids?.some((id) => id.trim() === '' || id.includes(','))
    ? problem(argument, `${argument} must be non-empty and contain no commas.`)
    : null;
}

function numericRangeProblem(range: PaiJobFilter['numericRange']): PaiJobFilterProblem | null {
  if (range === undefined) return null;
  const field = emptyProblem(range.field, 'numericRange.field');
  if (field !== null) return field;
  for (const [name, value] of [
    ['min', range.min],
    ['max', range.max],
  ] as const) {
    if (value !== undefined && !Number.isSafeInteger(value))
      return problem(`numericRange.${name}`, `numericRange.${name} must be an integer.`);
  }
  return range.min !== undefined && range.max !== undefined && range.min > range.max
    ? problem('numericRange', 'numericRange.min must not be above numericRange.max.')
    : null;
}

/**
 * The first thing ListJobs would refuse (or misread) in a filter, or null when it is fine. The
 * provider refuses such a filter before spending a call; the schema refuses it first, naming the
 * GraphQL argument.
 */
export function paiJobFilterProblem(filter: PaiJobFilter): PaiJobFilterProblem | null {
  const { window } = filter;
  if (filter.status !== undefined && !isPaiJobStatus(filter.status))
    return problem('status', 'status is not a PAI-DLC job status.');
  const windowProblem =
    timeProblem(window?.from, 'window.from') ??
    timeProblem(window?.to, 'window.to') ??
    (window?.from !== undefined && window.to !== undefined && window.from > window.to
      ? problem('window', 'window.from must not be after window.to.')
      : null) ??
    emptyProblem(window?.field, 'window.field');
  if (windowProblem !== null) return windowProblem;
  const modeProblem = emptyProblem(filter.displayNameSearchMode, 'displayNameSearchMode');
  if (modeProblem !== null) return modeProblem;
  if (filter.fromAllWorkspaces === true && filter.showOwn !== true)
    return problem('fromAllWorkspaces', 'fromAllWorkspaces requires showOwn=true.');
  return (
    idsProblem(filter.jobIds, 'jobIds') ??
    idsProblem(filter.resourceIds, 'resourceIds') ??
    numericRangeProblem(filter.numericRange)
  );
}
