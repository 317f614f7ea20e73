/**
 * Watches the creation times of a list's items in the order its upstream sent them, across pages:
 * whether they came newest first. Equal times may come in any order (no upstream documents its tie
 * order; the merge breaks ties by id), and unknown times may only come last. Broken once, broken
 * for good: a later page newer than an earlier page's oldest item breaks it as surely as two
 * items out of order within one page.
 */
export class NewestFirstCheck {
  private last: number | null | undefined = undefined;
  private broken = false;

  /** Whether everything seen so far came newest first. */
  get holds(): boolean {
    return !this.broken;
  }

  /** Adds the next items' times, in the order they arrived; answers `holds`. */
  accept(times: Iterable<number | null>): boolean {
    for (const time of times) {
      if (this.broken) break;
      if (this.last !== undefined && isNewer(time, this.last)) this.broken = true;
      this.last = time;
    }
    return this.holds;
  }
}

/** Whether `time` sorts before `than` newest first (null, an unknown time, sorts last). */
function isNewer(time: number | null, than: number | null): boolean {
  if (time === null) return false;
  return than === null || time > than;
}

/**
 * What one `jobs` page has learnt of a provider instance's list order. Once one of its lists arrived
 * out of order, the server evidently does not list newest first, so its other lists are read whole
 * from their first call instead of discovering it again a page into each.
 */
export interface InstanceOrder {
  newestFirst: boolean;
}
