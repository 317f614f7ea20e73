// The PAI-DLC ListJobs vocabulary a caller filters and sorts with (the ListJobs doc). The schema maps
// its GraphQL enums onto these and the provider sends them, so both read them from here.

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
