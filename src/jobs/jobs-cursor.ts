import type { CursorCodec } from '../pagination/cursor-codec';
import { cursorBinding } from '../pagination/cursor-codec';
import type { LastListNext } from '../pagination/merge';
import type { MergePosition } from '../pagination/merge-order';
import type { JobQueryFilter } from './job-query-filter';

/** Where a `jobs` edge sits in the merged order, and (last edge only) where each list stopped reading. */
export interface JobsCursor {
  readonly position: MergePosition;
  /** Resume hints of the lists read, by list key. */
  readonly hints?: Readonly<Record<string, unknown>>;
  /** What the page learnt of the list the edge's job came from (last edge only). */
  readonly lastList?: LastListNext;
}

/** The payload as signed into the cursor: one-letter keys keep cursors short, and they stay in this file. */
interface JobsCursorPayload {
  readonly p: { readonly t: number | null; readonly k: string };
  readonly h?: Readonly<Record<string, unknown>>;
  /** lastList: [list key, newest time left in it]. */
  readonly n?: readonly [string, number | null];
}

/**
 * Binds a cursor to the filter: a cursor of one filter is refused under another. `jobs/2`: positions
 * break ties by order key (`jobOrderKey`), where `jobs` cursors held a global id; an old cursor is
 * refused rather than read as a position it never meant.
 */
export function jobsCursorBinding(filter: JobQueryFilter): string {
  return cursorBinding([
    'jobs/2',
    filter.providers && [...filter.providers].sort(),
    filter.statuses && [...filter.statuses].sort(),
    filter.createdAfter,
    filter.createdBefore,
    filter.nameContains,
    filter.regions && [...filter.regions].sort(),
  ]);
}

/** The opaque cursor of a `jobs` edge. */
export function encodeJobsCursor(codec: CursorCodec, binding: string, cursor: JobsCursor): string {
  const p = { t: cursor.position.createdAt, k: cursor.position.id };
  return codec.encode<JobsCursorPayload>(binding, {
    p,
    ...(cursor.hints ? { h: cursor.hints } : {}),
    ...(cursor.lastList ? { n: [cursor.lastList.key, cursor.lastList.newestPossible] } : {}),
  });
}

/** Reads an `after` cursor; a bad, foreign or differently bound one is BAD_USER_INPUT (from the codec). */
export function decodeJobsCursor(codec: CursorCodec, binding: string, cursor: string): JobsCursor {
  const { p, h, n } = codec.decode<JobsCursorPayload>(cursor, binding, 'after');
  return {
    position: { createdAt: p.t, id: p.k },
    ...(h ? { hints: h } : {}),
    ...(n ? { lastList: { key: n[0], newestPossible: n[1] } } : {}),
  };
}
