import { connectionOf, lazyEdge, type Connection } from './connection';
import type { PageRequest } from './connection-args';
import type { CursorCodec } from './cursor-codec';

/** An item's key and its offset when the cursor was made (the fallback if the item has gone). */
interface KeyCursor {
  readonly k: string;
  readonly o: number;
}

/**
 * A Relay page over a whole-list upstream (Gravitino), both directions. Cursors hold the item's key,
 * so a resumed page continues after that very item even when newer items were added in front;
 * only if the item disappeared does the recorded offset stand in.
 */
export function sliceList<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  request: PageRequest,
  codec: CursorCodec,
  binding: string,
): Connection<T> {
  /** Where the cursor's item is now; a vanished item leaves a gap at its old offset. */
  const positionOf = (cursor: string, argument: 'after' | 'before'): number => {
    const { k, o } = codec.decode<KeyCursor>(cursor, binding, argument);
    const found = items.findIndex((item) => keyOf(item) === k);
    if (found !== -1) return found;
    return argument === 'after' ? Math.min(o, items.length) - 1 : Math.min(o, items.length);
  };
  let start: number;
  let end: number;
  if (request.direction === 'forward') {
    start = request.after === null ? 0 : positionOf(request.after, 'after') + 1;
    end = Math.min(items.length, start + request.size);
  } else {
    end = request.before === null ? items.length : positionOf(request.before, 'before');
    start = Math.max(0, end - request.size);
  }
  const edges = items
    .slice(start, end)
    .map((node, k) =>
      lazyEdge(node, () => codec.encode<KeyCursor>(binding, { k: keyOf(node), o: start + k })),
    );
  return connectionOf(edges, { hasNextPage: end < items.length, hasPreviousPage: start > 0 }, items.length);
}
