import type { UncheckedWireValue } from './pai-job-filter';

// The PAI-DLC ListJobs SortBy vocabulary: the schema maps its order enum onto it and the provider
// sends it, so both read it from here.

/** SortBy values the ListJobs documentation lists: exactly these five. */
export const PAI_SORT_FIELDS = [
  'GmtCreateTime',
  'GmtFinishTime',
  'DisplayName',
  'JobType',
  'Status',
] as const;

/** A documented SortBy value. */
export type PaiSortField = (typeof PAI_SORT_FIELDS)[number];

/**
 * What a listing is sorted by: a documented SortBy value, or a caller's unchecked one sent as is
 * (upstream may refuse it, and jobgraph cannot tell how it orders jobs).
 */
export type PaiSortBy = PaiSortField | UncheckedWireValue;

/** Narrows a SortBy value to a documented one, whose order jobgraph knows. */
export function isPaiSortField(value: string): value is PaiSortField {
  return (PAI_SORT_FIELDS as readonly string[]).includes(value);
}
