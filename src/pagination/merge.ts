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
   * With `newestPossible`, an upper bound on the id of its items created at that time (a list whose
   * ids share a prefix: see `idBoundOf`); absent, any id. It lets the merge leave unread a list tied
   * at the page's edge whose ids all sort after the page's items: cron schedules tie hundreds of
   * lists on one minute, and only those whose ids can still win the tie need a read.
   */
  readonly newestIdBound?: string;
  /**
   * Items strictly after `after`, newest first, at most `limit` (lists push `after.createdAt` down
   * as a created-before filter where the upstream has one). Throws when the upstream fails.
   */
  fetch(after: MergePosition | null, limit: number, hint: unknown): Promise<MergeBatch<T>>;
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
}

interface ListState<T> {
  readonly list: MergeList<T>;
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
    readonly isTimeout?: (error: unknown) => boolean;
  },
): Promise<MergedPage<T>> {
  const states: ListState<T>[] = lists.map((list) => ({
    list,
    buffer: [],
    fetched: false,
    more: true,
    hint: options.hints?.[list.key],
    calls: 0,
  }));
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
  while (output.length < size) {
    const heads = live()
      .filter((s) => s.buffer.length > 0)
      .sort((a, b) => compareNewestFirst(a.buffer[0] as MergePosition, b.buffer[0] as MergePosition));
    const best = heads[0]?.buffer[0] ?? null;
    // Due: lists that emptied their buffer but have more, unbounded unread lists, and the unread
    // lists whose bound could still beat the best head (with no head yet: those of the newest bound). Bounded
    // ones go best bound first, no more at a time than items still wanted: the heads they bring
    // may settle the rest of a tie without reading it (hundreds of cron templates share a minute).
    const unread = live().filter((s) => !s.fetched);
    const newestBound = Math.max(-Infinity, ...unread.map((s) => s.list.newestPossible ?? -Infinity));
    const bounded = unread
      .filter(
        (s) =>
          s.list.newestPossible !== null &&
          (best ? mayPrecede(s.list, best) : s.list.newestPossible === newestBound),
      )
      .sort((a, b) => compareBounds(a.list, b.list));
    const due = [
      ...live().filter((s) => s.fetched && s.buffer.length === 0 && s.more),
      ...unread.filter((s) => s.list.newestPossible === null),
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
  return { items: output, hasMore, outcomes, hints };
}

/** Whether a bounded list could hold an item that comes before `best` (or is it: a read settles it). */
function mayPrecede(list: MergeList<unknown>, best: MergePosition): boolean {
  const bound = list.newestPossible ?? Infinity;
  if (best.createdAt === null || bound !== best.createdAt)
    return best.createdAt === null || bound > best.createdAt;
  return list.newestIdBound === undefined || list.newestIdBound >= best.id;
}

/** Bounded lists, the one whose items could come first first (a list with no id bound leads its time). */
function compareBounds(a: MergeList<unknown>, b: MergeList<unknown>): number {
  const ta = a.newestPossible ?? Infinity;
  const tb = b.newestPossible ?? Infinity;
  if (ta !== tb) return tb - ta;
  if (a.newestIdBound === b.newestIdBound) return 0;
  if (a.newestIdBound === undefined) return -1;
  if (b.newestIdBound === undefined) return 1;
  return a.newestIdBound < b.newestIdBound ? 1 : -1;
}

/**
 * The id bound of a list whose item ids all start with `prefix`, when no id holds a character
 * above U+007E after it (ids made of printable ASCII, as `jobOrderKey` makes them).
 */
export function idBoundOf(prefix: string): string {
  return `${prefix}\u007f`;
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
