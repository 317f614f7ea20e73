import type { Connection } from '../../pagination/connection';
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
