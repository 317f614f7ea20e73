import fc from 'fast-check';
import { arrived } from './arrived';

/** One page a walk asked for, as the test reads it back. */
export interface WalkPage {
  readonly ids: readonly string[];
  readonly cursors: readonly string[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** The connection shape a walk reads: edges with their cursors, and pageInfo's two flags. */
export interface EdgeConnection<N = { readonly id: string }> {
  readonly pageInfo: { readonly hasNextPage: boolean; readonly hasPreviousPage: boolean };
  readonly edges: readonly { readonly cursor: string; readonly node: N | null }[];
}

/** A connection as a walk reads it back, its nodes by global id. */
export function walkPageOf(connection: EdgeConnection | null | undefined): WalkPage {
  return keyedWalkPageOf(connection, (node) => node.id);
}

/**
 * A connection as a walk reads it back, its nodes by `key` (e.g. a job id), so a walk can be
 * checked against a list the provider itself gave. A connection or node that did not arrive fails
 * the walk.
 */
export function keyedWalkPageOf<N>(
  connection: EdgeConnection<N> | null | undefined,
  key: (node: N) => string,
): WalkPage {
  if (!connection) throw new Error('the page should have arrived');
  return {
    ids: arrived(connection.edges.map((edge) => edge.node)).map(key),
    cursors: connection.edges.map((edge) => edge.cursor),
    hasNextPage: connection.pageInfo.hasNextPage,
    hasPreviousPage: connection.pageInfo.hasPreviousPage,
  };
}

/** The paging arguments of one step: `first`/`after` forward, `last`/`before` backward. */
export function pageWindow(forward: boolean, size: number, cursor: string | null) {
  return forward ? { first: size, after: cursor } : { last: size, before: cursor };
}

/** Fetches one page: forward (first/after) or backward (last/before), from a cursor or an end. */
export type FetchWalkPage = (forward: boolean, size: number, cursor: string | null) => Promise<WalkPage>;

/** One step: which way, how many, and which edge of the current page to resume from. */
export interface WalkStep {
  readonly forward: boolean;
  readonly size: number;
  readonly pick: number;
}

/** Walks of 1..6 steps with small pages, so each run crosses page (and instance) boundaries. */
export const walks = (maxSize: number): fc.Arbitrary<WalkStep[]> =>
  fc.array(fc.record({ forward: fc.boolean(), size: fc.integer({ min: 1, max: maxSize }), pick: fc.nat() }), {
    minLength: 1,
    maxLength: 6,
  });

/**
 * Replays a walk against `reference` (the whole list in order): every page must be exactly the
 * items after (or before) the edge it resumed from, whichever edge of the previous page that was
 * and whatever the page sizes, with hasNextPage / hasPreviousPage telling the truth on the far side.
 */
export async function checkWalk(
  reference: readonly string[],
  steps: readonly WalkStep[],
  fetchPage: FetchWalkPage,
): Promise<void> {
  let current: WalkPage | null = null;
  for (const step of steps) {
    let anchor: number | null = null;
    let cursor: string | null = null;
    if (current !== null && current.ids.length > 0) {
      const k = step.pick % current.ids.length;
      anchor = reference.indexOf(current.ids[k] as string);
      cursor = current.cursors[k] as string;
    }
    const page = await fetchPage(step.forward, step.size, cursor);
    const start = step.forward
      ? anchor === null
        ? 0
        : anchor + 1
      : Math.max(0, (anchor ?? reference.length) - step.size);
    const end = step.forward ? Math.min(reference.length, start + step.size) : (anchor ?? reference.length);
    expect(page.ids).toEqual(reference.slice(start, end));
    if (step.forward) expect(page.hasNextPage).toBe(end < reference.length);
    else expect(page.hasPreviousPage).toBe(start > 0);
    current = page;
  }
}
