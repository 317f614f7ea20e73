import { sliceConcatenated, type ConcatSource } from './concat-slicer';
import type { Connection } from './connection';
import type { PageRequest } from './connection-args';
import type { CursorCodec } from './cursor-codec';

/** One part of a concatenated list (an instance, a granted namespace) that can also count itself. */
export interface CountedSource<T> extends ConcatSource<T> {
  /** The part's total when the page did not read it (typically a one-item upstream page); null when unknown. */
  count(): Promise<number | null>;
}

/** A concatenated page and its total, counted only when asked for. */
export interface CountedPage<T> {
  readonly page: Connection<T>;
  /** The sum of the parts' totals, or null when one part cannot tell. */
  totalCount(): Promise<number | null>;
}

/**
 * A Relay page over several parts read one after another (see sliceConcatenated), with a lazy total:
 * a part the page already read gives the total its slice reported, and only the parts the page did
 * not reach spend a call of their own to count.
 */
export async function sliceConcatenatedCounted<T>(
  sources: readonly CountedSource<T>[],
  request: PageRequest,
  codec: CursorCodec,
  binding: string,
): Promise<CountedPage<T>> {
  const totals = new Map<string, number>();
  const recording = sources.map((source): ConcatSource<T> => ({
    key: source.key,
    async slice(inner) {
      const page = await source.slice(inner);
      if (page.totalCount !== null) totals.set(source.key, page.totalCount);
      return page;
    },
  }));
  const page = await sliceConcatenated(recording, request, codec, binding);
  return {
    page,
    async totalCount() {
      const counts = await Promise.all(
        sources.map(async (source) => totals.get(source.key) ?? (await source.count())),
      );
      // One part that does not report a total makes the sum unknown.
      return counts.some((count) => count === null)
        ? null
        : counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
    },
  };
}
