/** The part of a Relay connection a walk reads. */
export interface WalkedConnection<T> {
  readonly nodes: readonly T[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage?: boolean;
    readonly startCursor?: string | null;
    readonly endCursor: string | null;
  };
}

/** The paging arguments of one request: `first`/`after` forward, `last`/`before` backward. */
export type PageArgs =
  | { readonly first: number; readonly after: string | null }
  | { readonly last: number; readonly before: string | null };

/**
 * Every node of a connection, paged `size` at a time from one end to the other, in list order
 * either way. Fails past `maxPages` (a connection that never ends is a bug, not a slow test).
 */
export async function walkConnection<T>(
  fetchPage: (args: PageArgs) => Promise<WalkedConnection<T>>,
  size: number,
  { backward = false, maxPages = 100 }: { readonly backward?: boolean; readonly maxPages?: number } = {},
): Promise<T[]> {
  const nodes: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const { nodes: page, pageInfo }: WalkedConnection<T> = await fetchPage(
      backward ? { last: size, before: cursor } : { first: size, after: cursor },
    );
    if (backward) nodes.unshift(...page);
    else nodes.push(...page);
    if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) return nodes;
    cursor = (backward ? pageInfo.startCursor : pageInfo.endCursor) ?? null;
  }
  throw new Error(`more than ${maxPages} pages`);
}
