import { connectionOf, lazyEdge, type Connection } from './connection';
import type { PageRequest } from './connection-args';
import type { CursorCodec } from './cursor-codec';
import { readNumberedWindow, type FetchNumberedPage } from './numbered-window';

export type { FetchNumberedPage } from './numbered-window';

/** An item's absolute 0-based position in the ordered list. */
interface OffsetCursor {
  readonly o: number;
}

/**
 * A Relay page over a page-number upstream (PAI, SAE), both directions. Cursors hold absolute
 * offsets; the window [start, end) is fetched in as few calls as `planPages` allows (usually one),
 * and read on in smaller pages when the server serves fewer than asked (readNumberedWindow).
 * `last` without `before` first learns the total from a one-item page.
 */
export async function sliceNumbered<T>(
  fetchPage: FetchNumberedPage<T>,
  request: PageRequest,
  maxPageSize: number,
  codec: CursorCodec,
  binding: string,
): Promise<Connection<T>> {
  let start: number;
  let end: number;
  let knownTotal: number | null = null;
  if (request.direction === 'forward') {
    start = request.after === null ? 0 : codec.decode<OffsetCursor>(request.after, binding, 'after').o + 1;
    end = start + request.size;
  } else {
    if (request.before === null) {
      knownTotal = (await fetchPage(1, 1)).totalCount;
      end = knownTotal;
    } else {
      end = codec.decode<OffsetCursor>(request.before, binding, 'before').o;
    }
    start = Math.max(0, end - request.size);
  }
  if (end <= start) {
    const total = knownTotal ?? (await fetchPage(1, 1)).totalCount;
    return connectionOf(
      [],
      { hasNextPage: request.direction === 'backward' ? end < total : false, hasPreviousPage: start > 0 },
      total,
    );
  }
  const { items, total } = await readNumberedWindow(fetchPage, start, end, maxPageSize);
  const edges = items.map((node, k) =>
    lazyEdge(node, () => codec.encode<OffsetCursor>(binding, { o: start + k })),
  );
  return connectionOf(
    edges,
    { hasNextPage: start + edges.length < total, hasPreviousPage: start > 0 },
    total,
  );
}
