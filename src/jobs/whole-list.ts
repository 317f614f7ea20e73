import type { MergeBatch } from '../pagination/merge';
import { isAfter, type MergePosition } from '../pagination/merge-order';
import type { JobItem, ListedJob } from './listed-job';

/**
 * A fetch answered from a list read whole and sorted newest first: the items after `after`, at
 * most `limit`. Nothing is left upstream, so no tie group can be cut.
 */
export function sliceWholeList(
  whole: readonly JobItem[],
  after: MergePosition | null,
  limit: number,
): MergeBatch<ListedJob> {
  const rest = whole.filter((item) => isAfter(item, after));
  return { items: rest.slice(0, limit), more: rest.length > limit };
}
