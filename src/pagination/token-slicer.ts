import type { TokenPage } from '../domain/upstream-page';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { connectionOf, lazyEdge, type Connection, type Edge } from './connection';
import type { CursorCodec } from './cursor-codec';
import type { PageRequest } from './connection-args';

/**
 * Where an item sits in a forward-only token-paged list: the token and size of the upstream page
 * that holds it, its index there, and, for the page's last item, the token of the next page.
 */
interface TokenCursor {
  readonly t: string | null;
  readonly s: number;
  readonly i: number;
  /** Next page's token (null: none), set only on a page's last item so resuming from it costs one call. */
  readonly n?: string | null;
}

/** Fetches one upstream page: `token` null for the first page; `size` within the upstream's limit. */
export type FetchTokenPage<T> = (token: string | null, size: number) => Promise<TokenPage<T>>;

/** The largest page the token-paged upstreams take (EMR maxResults). */
const MAX_UPSTREAM_PAGE = 100;

/**
 * A Relay page over a forward-only token-paged upstream (EMR). Every edge's cursor resumes exactly
 * after that edge, whatever page sizes the client uses: a cursor that points into the middle of an
 * upstream page refetches that page (same token, same size) and skips past the edge. `first: N` with
 * no cursor costs one upstream call.
 */
export async function sliceTokenPaged<T>(
  fetchPage: FetchTokenPage<T>,
  request: PageRequest,
  codec: CursorCodec,
  binding: string,
): Promise<Connection<T>> {
  if (request.direction !== 'forward') {
    throw new BadUserInputError('This list can only be paged forward (first/after).', { argument: 'last' });
  }
  const after = request.after === null ? null : codec.decode<TokenCursor>(request.after, binding, 'after');
  const hasPreviousPage = after !== null;
  // A resumed last-item cursor whose page had no successor: nothing follows, no call needed.
  if (after?.n === null) return connectionOf([], { hasNextPage: false, hasPreviousPage }, null);
  const resumeInsidePage = after !== null && after.n === undefined;
  let token: string | null = after === null ? null : resumeInsidePage ? after.t : (after.n ?? null);
  let skip = resumeInsidePage && after ? after.i + 1 : 0;
  let size = resumeInsidePage && after ? after.s : Math.min(request.size, MAX_UPSTREAM_PAGE);
  const edges: Edge<T>[] = [];
  for (;;) {
    const page = await fetchPage(token, size);
    const { items } = page;
    for (let i = skip; i < items.length && edges.length < request.size; i++) {
      const cursor: TokenCursor =
        i === items.length - 1 ? { t: token, s: size, i, n: page.nextToken } : { t: token, s: size, i };
      edges.push(lazyEdge(items[i] as T, () => codec.encode(binding, cursor)));
      skip = i + 1;
    }
    const moreInPage = skip < items.length;
    if (edges.length >= request.size || page.nextToken === null) {
      return connectionOf(
        edges,
        { hasNextPage: moreInPage || page.nextToken !== null, hasPreviousPage },
        page.totalCount,
      );
    }
    token = page.nextToken;
    skip = 0;
    size = Math.min(Math.max(request.size - edges.length, 1), MAX_UPSTREAM_PAGE);
  }
}
