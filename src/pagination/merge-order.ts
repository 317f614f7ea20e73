/** Where an item sits in the merged newest-first order: its creation time, then its id. */
export interface MergePosition {
  /** Epoch ms; null sorts after every known time. */
  readonly createdAt: number | null;
  /** Tie-breaker between items created at the same time (for jobs: the global id). */
  readonly id: string;
}

/**
 * The merged order: createdAt descending, then id descending; unknown times last.
 * Negative when `a` comes first.
 */
export function compareNewestFirst(a: MergePosition, b: MergePosition): number {
  if (a.createdAt !== b.createdAt) {
    if (a.createdAt === null) return 1;
    if (b.createdAt === null) return -1;
    return b.createdAt - a.createdAt;
  }
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/** Whether `item` comes strictly after `position` in the merged order. */
export function isAfter(item: MergePosition, position: MergePosition | null): boolean {
  return position === null || compareNewestFirst(item, position) > 0;
}

/** Just the position of an item: what a cursor keeps of it. */
export function positionOf(item: MergePosition): MergePosition {
  return { createdAt: item.createdAt, id: item.id };
}
