/** One edge of a Relay connection. */
export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

/** Relay PageInfo. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** A Relay connection page, before GraphQL sees it. */
export interface Connection<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfo;
  /** Total matches, when the upstream reports it. */
  readonly totalCount: number | null;
}

/** Builds a connection from edges, filling PageInfo's cursors from the first and last edge. */
export function connectionOf<T>(
  edges: readonly Edge<T>[],
  flags: { hasNextPage: boolean; hasPreviousPage: boolean },
  totalCount: number | null,
): Connection<T> {
  return {
    edges,
    pageInfo: {
      ...flags,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** The same page with each item turned into what the schema serves; cursors and flags unchanged. */
export function mapPage<T, U>(page: Connection<T>, map: (item: T) => U): Connection<U> {
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}
