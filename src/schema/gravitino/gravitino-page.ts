import type { Connection } from '../../pagination/connection';
import type { ConnectionResult } from '../common/connection.type';
import type { PageRequest } from '../../pagination/connection-args';
import type { CursorCodec } from '../../pagination/cursor-codec';

/**
 * Decodes the request's cursor against the connection's binding before any upstream call, so a
 * tampered or foreign cursor costs nothing upstream (slicing decodes it again for its position).
 */
export function checkCursor(codec: CursorCodec, request: PageRequest, binding: string): void {
  if (request.direction === 'forward' && request.after !== null)
    codec.decode(request.after, binding, 'after');
  if (request.direction === 'backward' && request.before !== null)
    codec.decode(request.before, binding, 'before');
}

/** The same page with each item turned into what the schema serves; cursors and flags unchanged. */
export function mapPage<T, U>(page: Connection<T>, map: (item: T) => U): Connection<U> {
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}

/**
 * The result with a totalCount computed only when a client selects it. type-graphql's default field
 * resolver reads a property without calling it (a thunk would be served as a function), so the
 * count sits behind a getter instead, run at most once. Do not spread the result: that reads it.
 */
export function withLazyTotalCount<T>(
  result: ConnectionResult<T>,
  count: () => Promise<number>,
): ConnectionResult<T> {
  let memo: Promise<number> | undefined;
  return Object.defineProperty({ ...result }, 'totalCount', {
    enumerable: true,
    get: () => (memo ??= count()),
  });
}
