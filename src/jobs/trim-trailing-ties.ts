import type { MergeItem } from '../pagination/merge';

/**
 * Drops the trailing items that share the last item's time when more items follow upstream. The
 * upstream orders ties its own way, the merge by global id; a tie group cut by an upstream page
 * could otherwise surface out of order. The dropped items come back on the next read, which pushes
 * that time down inclusively. A batch that is one single tie group is kept whole.
 */
export function trimTrailingTies<T>(items: MergeItem<T>[], more: boolean): MergeItem<T>[] {
  if (!more || items.length === 0) return items;
  const lastTime = items[items.length - 1]?.createdAt;
  const keep = items.filter((item) => item.createdAt !== lastTime);
  return keep.length === 0 ? items : keep;
}
