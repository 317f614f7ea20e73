import { BadUserInputError } from '../errors/bad-user-input.error';
import { connectionOf, lazyEdge, type Connection, type Edge } from './connection';
import type { PageRequest } from './connection-args';
import type { CursorCodec } from './cursor-codec';

/** One ordered part of a concatenated list, e.g. one provider instance's workspaces. */
export interface ConcatSource<T> {
  /** Stable key (the instance id), recorded in cursors. */
  readonly key: string;
  /** A Relay page of this source alone, with this source's own cursors. */
  slice(request: PageRequest): Promise<Connection<T>>;
}

/** An outer cursor: which source, and that source's own cursor for the edge. */
interface ConcatCursor {
  readonly s: string;
  readonly c: string;
}

function sourceIndex<T>(sources: readonly ConcatSource<T>[], key: string, argument: string): number {
  const index = sources.findIndex((source) => source.key === key);
  if (index === -1)
    throw new BadUserInputError(
      `The "${argument}" cursor names a provider instance that is not configured.`,
      { argument },
    );
  return index;
}

/**
 * Whether a source past `index` holds anything: asked only when a full page ends exactly where a
 * source ran out, one one-item page per source until one answers, so hasNextPage stays exact.
 */
async function anyItemBeyond<T>(
  sources: readonly ConcatSource<T>[],
  index: number,
  forward: boolean,
): Promise<boolean> {
  for (let i = index + (forward ? 1 : -1); i >= 0 && i < sources.length; i += forward ? 1 : -1) {
    const source = sources[i] as ConcatSource<T>;
    const probe = await source.slice(
      forward
        ? { direction: 'forward', size: 1, after: null }
        : { direction: 'backward', size: 1, before: null },
    );
    if (probe.edges.length > 0) return true;
  }
  return false;
}

/**
 * A Relay page over several sources read one after another (instances in config order). A page
 * touches a source only when the sources before it ran out, so `first: N` on a first instance that
 * holds N items costs exactly that instance's one page.
 */
export async function sliceConcatenated<T>(
  sources: readonly ConcatSource<T>[],
  request: PageRequest,
  codec: CursorCodec,
  binding: string,
): Promise<Connection<T>> {
  const forward = request.direction === 'forward';
  const outer = forward ? request.after : request.before;
  const argument = forward ? 'after' : 'before';
  const start = outer === null ? null : codec.decode<ConcatCursor>(outer, binding, argument);
  let index = start === null ? (forward ? 0 : sources.length - 1) : sourceIndex(sources, start.s, argument);
  let inner: string | null = start?.c ?? null;
  let collected: Edge<T>[] = [];
  let more = false;
  while (index >= 0 && index < sources.length && collected.length < request.size) {
    const source = sources[index] as ConcatSource<T>;
    const size = request.size - collected.length;
    const page = await source.slice(
      forward ? { direction: 'forward', size, after: inner } : { direction: 'backward', size, before: inner },
    );
    const wrapped = page.edges.map((edge) =>
      lazyEdge(edge.node, () => codec.encode<ConcatCursor>(binding, { s: source.key, c: edge.cursor })),
    );
    collected = forward ? [...collected, ...wrapped] : [...wrapped, ...collected];
    more = forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (collected.length >= request.size) break;
    index += forward ? 1 : -1;
    inner = null;
  }
  const hasMore =
    more || (collected.length >= request.size && (await anyItemBeyond(sources, index, forward)));
  return connectionOf(
    collected,
    forward
      ? { hasNextPage: hasMore, hasPreviousPage: outer !== null }
      : { hasNextPage: outer !== null, hasPreviousPage: hasMore },
    null,
  );
}
