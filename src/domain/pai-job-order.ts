// The PAI-DLC ListJobs SortBy vocabulary: the schema maps its order enum onto it and the provider
// sends it, so both read it from here.

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
