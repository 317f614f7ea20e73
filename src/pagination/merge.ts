import { compareNewestFirst, isAfter, type MergePosition } from './merge-order';

/** One item a source offers the merge. */
export interface MergeItem<T> extends MergePosition {
  readonly node: T;
}

/** What one fetch of a source returns: items after the position, newest first, and whether more exist. */
export interface SourceBatch<T> {
  readonly items: readonly MergeItem<T>[];
  readonly more: boolean;
  /** Opaque resume hint for the next fetch (e.g. an SAE page offset); kept in the cursor. */
  readonly hint?: unknown;
}

/** A sorted list the merge reads lazily: one EMR workspace, one PAI instance, one SAE template, one metalake. */
export interface MergeSource<T> {
  readonly key: string;
  /** An upper bound on the createdAt of any item it holds (null: unknown, so it must be asked). */
  readonly newestPossible: number | null;
  /**
   * Items strictly after `after`, newest first, at most `limit` (sources push `after.t` down as a
   * created-before filter where the upstream has one). Throws when the upstream fails.
   */
  fetch(after: MergePosition | null, limit: number, hint: unknown): Promise<SourceBatch<T>>;
}

/** How a source fared on this page. */
export type SourceOutcome =
  | { readonly key: string; readonly status: 'OK'; readonly calls: number }
  | { readonly key: string; readonly status: 'SKIPPED' }
  | { readonly key: string; readonly status: 'FAILED' | 'DEGRADED'; readonly error: unknown; readonly calls: number };

/** A merged page. */
export interface MergedPage<T> {
  readonly items: readonly MergeItem<T>[];
  readonly hasMore: boolean;
  readonly outcomes: readonly SourceOutcome[];
  /** Resume hints of the sources read, by key, for the next page's cursor. */
  readonly hints: Readonly<Record<string, unknown>>;
}

interface SourceState<T> {
  readonly source: MergeSource<T>;
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
 * A lazy k-way merge, newest first, of sources that are each sorted newest first. A source is read
 * only when its newest possible item could still land on this page: at each step the head with the
 * greatest time wins, and an unread source whose bound beats that head is read first (all such
 * sources together, `concurrency` at a time). Sources that fail or run past `signal` are left out
 * and reported; the rest still merge.
 */
export async function mergeNewestFirst<T>(
  sources: readonly MergeSource<T>[],
  after: MergePosition | null,
  size: number,
  options: { readonly concurrency: number; readonly signal: AbortSignal; readonly hints?: Readonly<Record<string, unknown>>; readonly isTimeout?: (error: unknown) => boolean },
): Promise<MergedPage<T>> {
  const states: SourceState<T>[] = sources.map((source) => ({ source, buffer: [], fetched: false, more: true, hint: options.hints?.[source.key], calls: 0 }));
  const output: MergeItem<T>[] = [];
  const positionOf = (state: SourceState<T>): MergePosition | null => state.buffer[0] ?? null;
  const read = async (state: SourceState<T>) => {
    const resume = output[output.length - 1] ?? after;
    state.calls += 1;
    try {
      // Past the deadline a source is not even asked: its answer could no longer be used.
      if (options.signal.aborted) throw new MergeCutError(options.signal.reason);
      const batch = await raceSignal(state.source.fetch(resume, size - output.length + 1, state.hint), options.signal);
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
    const heads = live().filter((s) => s.buffer.length > 0).sort((a, b) => compareNewestFirst(positionOf(a) as MergePosition, positionOf(b) as MergePosition));
    const best = heads[0]?.buffer[0] ?? null;
    // Sources that could hold something newer than the best head: unread ones above it, and read ones that emptied their buffer.
    // With nothing read yet, the unbounded sources and those with the newest bound go first.
    const unread = live().filter((s) => !s.fetched);
    const threshold = best ? (best.t ?? -Infinity) : Math.max(-Infinity, ...unread.map((s) => s.source.newestPossible ?? -Infinity));
    const due = live().filter((s) =>
      s.fetched ? s.buffer.length === 0 && s.more : s.source.newestPossible === null || s.source.newestPossible >= threshold,
    );
    if (due.length > 0) {
      await inParallel(due.map((s) => () => read(s)), options.concurrency);
      continue;
    }
    if (!best || !heads[0]) break;
    output.push(best);
    heads[0].buffer.shift();
  }
  const hasMore = live().some((s) => s.buffer.length > 0 || s.more);
  const outcomes: SourceOutcome[] = states.map((s) =>
    s.failure ? { key: s.source.key, status: s.failure.status, error: s.failure.error, calls: s.calls } : s.fetched ? { key: s.source.key, status: 'OK', calls: s.calls } : { key: s.source.key, status: 'SKIPPED' },
  );
  const hints = Object.fromEntries(states.filter((s) => s.fetched && s.hint !== undefined).map((s) => [s.source.key, s.hint]));
  return { items: output, hasMore, outcomes, hints };
}

/** Why a source read was cut: the page's signal aborted before it answered. */
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
