import { BadUserInputError } from '../errors/bad-user-input.error';
import { connectionOf, lazyEdge, type Connection, type Edge } from './connection';
import type { PageRequest } from './connection-args';
import type { CursorCodec } from './cursor-codec';
import { readNumberedWindow, type FetchNumberedPage } from './numbered-window';

/** A merged edge's position: how many items of each listing precede it, and which listing it is from. */
interface MergeCursor {
  readonly v: readonly number[];
  readonly s: number;
}

/** Items [start, end) of one listing (fewer if it is shorter) and the listing's total. */
interface Window<T> {
  readonly items: readonly T[];
  readonly total: number | null;
}

function decode(
  codec: CursorCodec,
  cursor: string,
  binding: string,
  argument: string,
  count: number,
): MergeCursor {
  const payload = codec.decode<MergeCursor>(cursor, binding, argument);
  const valid =
    Array.isArray(payload.v) &&
    payload.v.length === count &&
    payload.v.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    Number.isSafeInteger(payload.s) &&
    payload.s >= 0 &&
    payload.s < count;
  if (!valid)
    throw new BadUserInputError(`The "${argument}" cursor does not belong to this list.`, { argument });
  return payload;
}

/** The listing whose candidate comes next: forward the smallest, backward the largest; -1 when none is left. */
function pick<T>(
  candidates: readonly (T | undefined)[],
  compare: (a: T, b: T) => number,
  forward: boolean,
): number {
  let best = -1;
  candidates.forEach((item, i) => {
    if (item === undefined) return;
    const current = best === -1 ? undefined : candidates[best];
    if (current === undefined) {
      best = i;
      return;
    }
    const order = compare(item, current);
    // Forward takes the smallest (ties: the lower listing); backward the largest (ties: the higher one).
    if (forward ? order < 0 : order >= 0) best = i;
  });
  return best;
}

/** What both directions need. */
interface MergeContext<T> {
  readonly listings: readonly FetchNumberedPage<T>[];
  readonly compare: (a: T, b: T) => number;
  readonly size: number;
  readonly maxPageSize: number;
  readonly codec: CursorCodec;
  readonly binding: string;
}

/** `first` items after `after` (or from the start): the smallest heads of the listings' windows. */
async function mergeForward<T>(merge: MergeContext<T>, after: string | null): Promise<Connection<T>> {
  const { listings, compare, size, maxPageSize, codec, binding } = merge;
  const at = after === null ? null : decode(codec, after, binding, 'after', listings.length);
  const start = at === null ? listings.map(() => 0) : at.v.map((n, i) => (i === at.s ? n + 1 : n));
  const windows = await Promise.all(
    listings.map((fetch, i) => readNumberedWindow(fetch, start[i] ?? 0, (start[i] ?? 0) + size, maxPageSize)),
  );
  const taken = listings.map(() => 0);
  const edges: Edge<T>[] = [];
  while (edges.length < size) {
    const i = pick(
      windows.map((w, j) => w.items[taken[j] ?? 0]),
      compare,
      true,
    );
    const node = windows[i]?.items[taken[i] ?? 0];
    if (node === undefined) break;
    const v = start.map((n, j) => n + (taken[j] ?? 0));
    edges.push(lazyEdge(node, () => codec.encode<MergeCursor>(binding, { v, s: i })));
    taken[i] = (taken[i] ?? 0) + 1;
  }
  const hasNextPage = windows.some((w, j) => w.total !== null && (start[j] ?? 0) + (taken[j] ?? 0) < w.total);
  return connectionOf(edges, { hasNextPage, hasPreviousPage: start.some((n) => n > 0) }, sum(windows));
}

/** `last` items before `before` (or the end): the largest tails of the listings' windows. */
async function mergeBackward<T>(merge: MergeContext<T>, before: string | null): Promise<Connection<T>> {
  const { listings, compare, size, maxPageSize, codec, binding } = merge;
  const at = before === null ? null : decode(codec, before, binding, 'before', listings.length);
  const totals =
    at === null ? await Promise.all(listings.map(async (fetch) => (await fetch(1, 1)).totalCount)) : null;
  const end = at?.v ?? totals ?? [];
  const windows = await Promise.all(
    listings.map((fetch, i): Promise<Window<T>> | Window<T> => {
      const e = end[i] ?? 0;
      return e > 0
        ? readNumberedWindow(fetch, Math.max(0, e - size), e, maxPageSize)
        : { items: [], total: totals?.[i] ?? null };
    }),
  );
  // Where each window starts, and how many of its items are still unused (counted from its end).
  const first = end.map((e) => Math.max(0, e - size));
  const left = windows.map((w) => w.items.length);
  const edges: Edge<T>[] = [];
  while (edges.length < size) {
    const i = pick(
      windows.map((w, j) => ((left[j] ?? 0) > 0 ? w.items[(left[j] ?? 0) - 1] : undefined)),
      compare,
      false,
    );
    const node = windows[i]?.items[(left[i] ?? 0) - 1];
    if (node === undefined) break;
    left[i] = (left[i] ?? 0) - 1;
    const v = first.map((n, j) => n + (left[j] ?? 0));
    edges.unshift(lazyEdge(node, () => codec.encode<MergeCursor>(binding, { v, s: i })));
  }
  const hasPreviousPage = first.some((n, j) => n + (left[j] ?? 0) > 0);
  return connectionOf(edges, { hasNextPage: at !== null, hasPreviousPage }, sum(windows));
}

/**
 * A Relay page over several page-number listings of disjoint items, each sorted by the same order
 * (e.g. one PAI ListJobs listing per status: ListJobs takes one Status per call). The merged order is
 * `compare`, ties broken by listing index, each listing's own order kept, so every window of it is
 * reproducible from a cursor alone: a cursor holds how many items of each listing precede its edge.
 * A page costs one window call (rarely two) per listing; `last` without `before` first learns each
 * listing's total from a one-item page.
 */
export function sliceNumberedMerge<T>(
  listings: readonly FetchNumberedPage<T>[],
  compare: (a: T, b: T) => number,
  request: PageRequest,
  maxPageSize: number,
  codec: CursorCodec,
  binding: string,
): Promise<Connection<T>> {
  const merge = { listings, compare, size: request.size, maxPageSize, codec, binding };
  return request.direction === 'forward'
    ? mergeForward(merge, request.after)
    : mergeBackward(merge, request.before);
}

/** The merged total, when every listing's total is known. */
function sum<T>(windows: readonly Window<T>[]): number | null {
  return windows.every((w) => w.total !== null)
    ? windows.reduce((total, w) => total + (w.total ?? 0), 0)
    : null;
}
