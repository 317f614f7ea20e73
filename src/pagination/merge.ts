import { compareNewestFirst, isAfter, type MergePosition } from './merge-order';

/** One item a list offers the merge: its position and what it carries. */
export interface MergeItem<T> extends MergePosition {
  readonly value: T;
}

/** What one fetch of a list returns: items after the position, newest first, and whether more exist. */
export interface MergeBatch<T> {
  readonly items: readonly MergeItem<T>[];
  readonly more: boolean;
  /** Opaque resume hint for the next fetch (e.g. an SAE page offset); kept in the cursor. */
  readonly hint?: unknown;
}

/**
 * A sorted list the merge reads lazily, newest first (for `jobs`: one EMR workspace's runs, one PAI
 * instance's jobs, one SAE template's executions, one metalake's jobs).
 */
export interface MergeList<T> {
  readonly key: string;
  /** An upper bound on the createdAt of any item it holds (null: unknown, so it must be asked). */
  readonly newestPossible: number | null;
  /**
   * What every id of its items starts with, when they share a prefix and hold only printable ASCII
   * after it (as `jobOrderKey` makes them). With `newestPossible` it bounds where the list's items
   * can fall in a tie, so the merge leaves unread a list tied at the page's edge whose ids cannot
   * win the tie, or that the position to resume from has passed: cron schedules tie hundreds of
   * lists on one minute, and only the lists that can still win need a read.
   */
  readonly idPrefix?: string;
  /**
   * Items strictly after `after`, newest first, at most `limit` (lists push `after.createdAt` down
   * as a created-before filter where the upstream has one). Throws when the upstream fails.
   */
  fetch(after: MergePosition | null, limit: number, hint: unknown): Promise<MergeBatch<T>>;
}

/**
 * The newest time any item left in one list can have, learnt by reading it: the list that gave
 * a page its last item usually holds its next item in the merge's buffer. Null: nothing left with
 * a known time. The next page bounds that list by it, so a tie the cursor sits in does not make it
 * read that list again only to find its next item older than the page.
 */
export interface LastListNext {
  readonly key: string;
  readonly newestPossible: number | null;
}

/** How a list fared on this page. */
export type ListOutcome =
  | { readonly key: string; readonly status: 'OK'; readonly calls: number }
  | { readonly key: string; readonly status: 'SKIPPED' }
  | {
      readonly key: string;
      readonly status: 'FAILED' | 'DEGRADED';
      readonly error: unknown;
      readonly calls: number;
    };

/** A merged page. */
export interface MergedPage<T> {
  readonly items: readonly MergeItem<T>[];
  readonly hasMore: boolean;
  readonly outcomes: readonly ListOutcome[];
  /** Resume hints of the lists read, by key, for the next page's cursor. */
  readonly hints: Readonly<Record<string, unknown>>;
  /** What the page learnt of the list its last item came from: for the next page's cursor. */
  readonly lastList?: LastListNext;
}

interface ListState<T> {
  readonly list: MergeList<T>;
  /** Where its first item after the page's start can fall at best; null: unbounded, always read. */
  readonly bound: ListBound | null;
  buffer: MergeItem<T>[];
  fetched: boolean;
  more: boolean;
  hint: unknown;
  calls: number;
  failure?: { status: 'FAILED' | 'DEGRADED'; error: unknown };
}

/** Runs tasks with at most `limit` in flight. */
async function inParallel(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await (tasks[next++] as () => Promise<void>)();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * A lazy k-way merge, newest first, of lists that are each sorted newest first. A list is read
 * only when its newest possible item could still land on this page: at each step the head with the
 * greatest time wins, and an unread list whose bound beats that head is read first (all such
 * lists together, `concurrency` at a time). Lists that fail or run past `signal` are left out
 * and reported; the rest still merge.
 */
export async function mergeNewestFirst<T>(
  lists: readonly MergeList<T>[],
  after: MergePosition | null,
  size: number,
  options: {
    readonly concurrency: number;
    readonly signal: AbortSignal;
    readonly hints?: Readonly<Record<string, unknown>>;
    /** What the previous page learnt of the list its last item (`after`) came from. */
    readonly lastList?: LastListNext;
    readonly isTimeout?: (error: unknown) => boolean;
  },
): Promise<MergedPage<T>> {
  /** A list's bound on its newest item, tightened by what the previous page learnt of it. */
  const newestOf = (list: MergeList<T>): number | null =>
    options.lastList?.key === list.key
      ? Math.min(list.newestPossible ?? Infinity, options.lastList.newestPossible ?? -Infinity)
      : list.newestPossible;
  // Bounds depend only on the list and the page's start: computed once, not at every step.
  const states: ListState<T>[] = lists.map((list) => {
    const newest = newestOf(list);
    return {
      list,
      bound: newest === null ? null : boundAfter(list, newest, after),
      buffer: [],
      fetched: false,
      more: true,
      hint: options.hints?.[list.key],
      calls: 0,
    };
  });
  const output: MergeItem<T>[] = [];
  const read = async (state: ListState<T>) => {
    const resume = output[output.length - 1] ?? after;
    state.calls += 1;
    try {
      // Past the deadline a list is not even asked: its answer could no longer be used.
      if (options.signal.aborted) throw new MergeCutError(options.signal.reason);
      const batch = await raceSignal(
        state.list.fetch(resume, size - output.length + 1, state.hint),
        options.signal,
      );
      state.buffer = batch.items.filter((item) => isAfter(item, resume));
      state.more = batch.more;
      state.hint = batch.hint;
    } catch (error) {
      const timedOut = options.signal.aborted || (options.isTimeout?.(error) ?? false);
      state.failure = { status: timedOut ? 'DEGRADED' : 'FAILED', error };
      state.more = false;
      state.buffer = [];
    }
    state.fetched = true;
  };
  const live = () => states.filter((s) => !s.failure);
  let lastState: ListState<T> | undefined;
  while (output.length < size) {
    const heads = live()
      .filter((s) => s.buffer.length > 0)
      .sort((a, b) => compareNewestFirst(a.buffer[0] as MergePosition, b.buffer[0] as MergePosition));
    const best = heads[0]?.buffer[0] ?? null;
    // Due: lists that emptied their buffer but have more, unbounded unread lists, and the unread
    // lists whose bound could still beat the best head (with no head yet: those of the newest
    // bound). Bounded ones go best bound first, no more at a time than items still wanted: the
    // heads they bring may settle the rest of a tie without reading it (hundreds of cron
    // templates share a minute).
    const unread = live().filter((s) => !s.fetched);
    const newestBound = Math.max(-Infinity, ...unread.map((s) => s.bound?.createdAt ?? -Infinity));
    const bounded = unread
      .filter((s): s is ListState<T> & { bound: ListBound } =>
        s.bound === null ? false : best ? mayPrecede(s.bound, best) : s.bound.createdAt === newestBound,
      )
      .sort((a, b) => compareBounds(a.bound, b.bound));
    const due = [
      ...live().filter((s) => s.fetched && s.buffer.length === 0 && s.more),
      ...unread.filter((s) => s.bound === null),
      ...bounded.slice(0, size - output.length),
    ];
    if (due.length > 0) {
      await inParallel(
        due.map((s) => () => read(s)),
        options.concurrency,
      );
      continue;
    }
    if (!best || !heads[0]) break;
    output.push(best);
    heads[0].buffer.shift();
    lastState = heads[0];
  }
  const hasMore = live().some((s) => s.buffer.length > 0 || s.more);
  const outcomes: ListOutcome[] = states.map((s) =>
    s.failure
      ? { key: s.list.key, status: s.failure.status, error: s.failure.error, calls: s.calls }
      : s.fetched
        ? { key: s.list.key, status: 'OK', calls: s.calls }
        : { key: s.list.key, status: 'SKIPPED' },
  );
  const hints = Object.fromEntries(
    states.filter((s) => s.fetched && s.hint !== undefined).map((s) => [s.list.key, s.hint]),
  );
  // Its next item's time when buffered; nothing left when it said so; unknown (no entry) otherwise.
  const next = lastState?.buffer[0];
  const lastList: LastListNext | undefined =
    lastState === undefined
      ? undefined
      : next
        ? { key: lastState.list.key, newestPossible: next.createdAt }
        : lastState.more
          ? undefined
          : { key: lastState.list.key, newestPossible: null };
  return { items: output, hasMore, outcomes, hints, ...(lastList ? { lastList } : {}) };
}

/**
 * Where a bounded list's first item after the page's start can fall at best: at `createdAt`, with an
 * id up to `id` (undefined: any id; null: no item at that time at all, only older ones).
 */
interface ListBound {
  readonly createdAt: number;
  readonly id: string | null | undefined;
}

/** Sorts after every printable-ASCII character: the top of the ids that share a prefix. */
const ABOVE_PRINTABLE = '\u007f';

/**
 * A list's bound for a page that starts after `after`: its own bound, or, when that is not older
 * than `after`, `after`'s time, with what its id prefix says of the ids still due there (every id
 * of the list sorts before `after`'s: none; `after` is one of its own: those below it).
 */
function boundAfter(list: MergeList<unknown>, newest: number, after: MergePosition | null): ListBound {
  const top = list.idPrefix === undefined ? undefined : `${list.idPrefix}${ABOVE_PRINTABLE}`;
  if (after === null || after.createdAt === null || newest < after.createdAt)
    return { createdAt: newest, id: top };
  if (list.idPrefix === undefined) return { createdAt: after.createdAt, id: after.id };
  if (after.id < list.idPrefix) return { createdAt: after.createdAt, id: null };
  return { createdAt: after.createdAt, id: top !== undefined && top < after.id ? top : after.id };
}

/** Whether a list with this bound could hold an item that comes before `best` (or is it: a read settles it). */
function mayPrecede(bound: ListBound, best: MergePosition): boolean {
  if (best.createdAt === null) return true;
  if (bound.createdAt !== best.createdAt) return bound.createdAt > best.createdAt;
  return bound.id === undefined || (bound.id !== null && bound.id >= best.id);
}

/** Bounds in merge order: newest time first; at one time, any id first, then highest id, none last. */
function compareBounds(a: ListBound, b: ListBound): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  if (a.id === b.id) return 0;
  if (a.id === undefined || b.id === null) return -1;
  if (b.id === undefined || a.id === null) return 1;
  return a.id < b.id ? 1 : -1;
}

/** Why a list read was cut: the page's signal aborted before it answered. */
export class MergeCutError extends Error {
  override readonly name = 'MergeCutError';
  constructor(readonly reason: unknown) {
    super('the merge deadline passed before the source answered');
  }
}

/**
 * Settles with `promise`, or rejects with MergeCutError once `signal` aborts. The handlers on
 * `promise` are attached first, in the same tick, even when the signal has already aborted: the read
 * was started by our caller, and its later failure must land here, not as an unhandled rejection.
 */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new MergeCutError(signal.reason));
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}
