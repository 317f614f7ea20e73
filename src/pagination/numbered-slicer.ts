import type { NumberedPage } from '../domain/upstream-page';
import { connectionOf, type Connection } from './connection';
import type { PageRequest } from './connection-args';
import type { CursorCodec } from './cursor-codec';
import { planPages } from './numbered-page-plan';

/** An item's absolute 0-based position in the ordered list. */
interface OffsetCursor {
  readonly o: number;
}

/** Fetches one upstream page by 1-based number and size. */
export type FetchNumberedPage<T> = (pageNumber: number, pageSize: number) => Promise<NumberedPage<T>>;

/**
 * A Relay page over a page-number upstream (PAI, SAE), both directions. Cursors hold absolute
 * offsets; the window [start, end) is fetched in as few calls as `planPages` allows (usually one).
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
  const plan = planPages(start, end, maxPageSize);
  const pages = await Promise.all(plan.pageNumbers.map((number) => fetchPage(number, plan.pageSize)));
  const total = pages[pages.length - 1]?.totalCount ?? 0;
  const items = pages.flatMap((page) => page.items).slice(plan.skip, plan.skip + (end - start));
  const edges = items.map((node, k) => ({
    cursor: codec.encode<OffsetCursor>(binding, { o: start + k }),
    node,
  }));
  return connectionOf(
    edges,
    { hasNextPage: start + edges.length < total, hasPreviousPage: start > 0 },
    total,
  );
}
