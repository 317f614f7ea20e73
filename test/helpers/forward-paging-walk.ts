import fc from 'fast-check';
import type { WalkPage } from './paging-walk';

/** Fetches `first: size` items after `cursor` (null: from the start). */
export type FetchForwardPage = (size: number, cursor: string | null) => Promise<WalkPage>;

/** One step: how many, and which edge of the current page to resume from. */
export interface ForwardWalkStep {
  readonly size: number;
  readonly pick: number;
}

/** Walks of 1..6 forward steps with small pages, so each run crosses upstream page (and instance) boundaries. */
export const forwardWalks = (maxSize: number): fc.Arbitrary<ForwardWalkStep[]> =>
  fc.array(fc.record({ size: fc.integer({ min: 1, max: maxSize }), pick: fc.nat() }), {
    minLength: 1,
    maxLength: 6,
  });

/**
 * Replays a walk against `reference` (the list's first items, in order; `complete` when it is the
 * whole list): each page must be exactly the items after the edge it resumed from, whichever edge of
 * the previous page that was and whatever the sizes. hasNextPage must be true whenever items follow.
 * Where none follow it may still be true (a concatenation cannot know that later instances are
 * empty without asking them), but then resuming from the last edge must give an empty last page.
 */
export async function checkForwardWalk(
  reference: readonly string[],
  complete: boolean,
  steps: readonly ForwardWalkStep[],
  fetchPage: FetchForwardPage,
): Promise<void> {
  let current: WalkPage | null = null;
  for (const step of steps) {
    let start = 0;
    let cursor: string | null = null;
    if (current !== null && current.ids.length > 0) {
      const k = step.pick % current.ids.length;
      start = reference.indexOf(current.ids[k] as string) + 1;
      cursor = current.cursors[k] as string;
    }
    const page = await fetchPage(step.size, cursor);
    const end = Math.min(reference.length, start + step.size);
    expect(page.ids).toEqual(reference.slice(start, end));
    expect(page.hasPreviousPage).toBe(cursor !== null);
    if (end < reference.length || !complete) expect(page.hasNextPage).toBe(true);
    else if (page.hasNextPage && page.cursors.length > 0) {
      const rest = await fetchPage(step.size, page.cursors[page.cursors.length - 1] as string);
      expect(rest).toMatchObject({ ids: [], hasNextPage: false });
    }
    current = page;
  }
}
