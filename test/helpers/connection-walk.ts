import { arrived } from './arrived';

/** The part of a Relay connection a walk reads. */
export interface WalkedConnection<T> {
  readonly nodes: readonly (T | null)[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage?: boolean;
    readonly startCursor?: string | null;
    readonly endCursor: string | null;
  };
}

/** The paging arguments of one forward request. */
export interface ForwardPageArgs {
  readonly first: number;
  readonly after: string | null;
}

/** The paging arguments of one request: `first`/`after` forward, `last`/`before` backward. */
export type PageArgs = ForwardPageArgs | { readonly last: number; readonly before: string | null };

/**
 * Every node of a connection, paged `size` at a time from one end to the other, in list order
 * either way. Fails past `maxPages` (a connection that never ends is a bug, not a slow test), and on
 * a node that did not arrive.
 */
export function walkConnection<T>(
  fetchPage: (args: PageArgs) => Promise<WalkedConnection<T>>,
  size: number,
  { backward = false, maxPages = 100 }: { readonly backward?: boolean; readonly maxPages?: number } = {},
): Promise<T[]> {
  return walk(
    (cursor) => fetchPage(backward ? { last: size, before: cursor } : { first: size, after: cursor }),
    backward,
    maxPages,
  );
}

/** `walkConnection` forward, for a connection (or an operation) that has no `last`/`before`. */
export function walkForward<T>(
  fetchPage: (args: ForwardPageArgs) => Promise<WalkedConnection<T>>,
  size: number,
  { maxPages = 100 }: { readonly maxPages?: number } = {},
): Promise<T[]> {
  return walk((cursor) => fetchPage({ first: size, after: cursor }), false, maxPages);
}

async function walk<T>(
  fetchFrom: (cursor: string | null) => Promise<WalkedConnection<T>>,
  backward: boolean,
  maxPages: number,
): Promise<T[]> {
  const nodes: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const { nodes: page, pageInfo }: WalkedConnection<T> = await fetchFrom(cursor);
    if (backward) nodes.unshift(...arrived(page));
    else nodes.push(...arrived(page));
    if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) return nodes;
    cursor = (backward ? pageInfo.startCursor : pageInfo.endCursor) ?? null;
  }
  throw new Error(`more than ${maxPages} pages`);
}
