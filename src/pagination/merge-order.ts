/** Where an item sits in the merged newest-first order: its creation time, then its global id. */
export interface MergePosition {
  /** createdAt in epoch ms; null sorts after every known time. */
  readonly t: number | null;
  /** Tie-breaker: the item's global id. */
  readonly k: string;
}

/**
 * The merged order: createdAt descending, then global id descending; unknown times last.
 * Negative when `a` comes first.
 */
export function compareNewestFirst(a: MergePosition, b: MergePosition): number {
  if (a.t !== b.t) {
    if (a.t === null) return 1;
    if (b.t === null) return -1;
    return b.t - a.t;
  }
  return a.k === b.k ? 0 : a.k < b.k ? 1 : -1;
}

/** Whether `item` comes strictly after `position` in the merged order. */
export function isAfter(item: MergePosition, position: MergePosition | null): boolean {
  return position === null || compareNewestFirst(item, position) > 0;
}
