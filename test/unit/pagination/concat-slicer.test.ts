import fc from 'fast-check';
import { sliceConcatenated, type ConcatSource } from '../../../src/pagination/concat-slicer';
import type { Connection } from '../../../src/pagination/connection';
import { toPageRequest } from '../../../src/pagination/connection-args';
import { sliceConcatenatedCounted, type CountedSource } from '../../../src/pagination/counted-concat-slicer';
import { CursorCodec, cursorBinding } from '../../../src/pagination/cursor-codec';
import { sliceList } from '../../../src/pagination/list-slicer';

const codec = new CursorCodec({ secret: Buffer.from('concat'), maxAgeMs: 60_000 });

function sources(sizes: readonly number[], calls: Map<string, number>): ConcatSource<string>[] {
  return sizes.map((size, s) => {
    const items = Array.from({ length: size }, (_, i) => `${s}:${i}`);
    const key = `i${s}`;
    return {
      key,
      slice: async (request) => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        return sliceList(items, (x) => x, request, codec, cursorBinding([key]));
      },
    };
  });
}

describe('sliceConcatenated', () => {
  it('pages through all sources in order, both directions, resuming from any edge', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.boolean(),
        async (sizes, pageSizes, pick, backward) => {
          const all = sizes.flatMap((size, s) => Array.from({ length: size }, (_, i) => `${s}:${i}`));
          const list = sources(sizes, new Map());
          const seen: string[] = [];
          let cursor: string | null = null;
          for (const size of pageSizes) {
            const page: Connection<string> = await sliceConcatenated(
              list,
              toPageRequest(backward ? { last: size, before: cursor } : { first: size, after: cursor }),
              codec,
              'b',
            );
            if (page.edges.length === 0) break;
            const index = pick % page.edges.length;
            const nodes = page.edges.map((e) => e.node);
            if (backward) seen.unshift(...nodes.slice(index));
            else seen.push(...nodes.slice(0, index + 1));
            cursor = page.edges[index]?.cursor ?? null;
          }
          expect(seen).toEqual(backward ? all.slice(all.length - seen.length) : all.slice(0, seen.length));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('touches later sources only when earlier ones run out', async () => {
    const calls = new Map<string, number>();
    const page = await sliceConcatenated(
      sources([12, 10, 10], calls),
      toPageRequest({ first: 10 }),
      codec,
      'b',
    );
    expect(page.edges).toHaveLength(10);
    expect([...calls.entries()]).toEqual([['i0', 1]]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});

describe('sliceConcatenated hasNextPage', () => {
  it('is exact when a full page ends where a source ends and only empty sources follow', async () => {
    const calls = new Map<string, number>();
    const page = await sliceConcatenated(sources([3, 0, 0], calls), toPageRequest({ first: 3 }), codec, 'b');
    expect(page.pageInfo.hasNextPage).toBe(false);
    const more = await sliceConcatenated(
      sources([3, 0, 2], new Map()),
      toPageRequest({ first: 3 }),
      codec,
      'b',
    );
    expect(more.pageInfo.hasNextPage).toBe(true);
  });
});

describe('sliceConcatenatedCounted', () => {
  /** The concat sources above, each counting itself with a recorded call (null for the parts in `unknown`). */
  function counted(
    sizes: readonly number[],
    counts: string[],
    unknown: ReadonlySet<number> = new Set(),
    calls = new Map<string, number>(),
  ): CountedSource<string>[] {
    return sources(sizes, calls).map((source, s) => ({
      ...source,
      count: async () => {
        counts.push(source.key);
        return unknown.has(s) ? null : (sizes[s] ?? 0);
      },
    }));
  }

  it('totals every part, counting only the parts the page did not read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 30 }),
        async (sizes, first) => {
          const counts: string[] = [];
          const sliced = new Map<string, number>();
          const { page, totalCount } = await sliceConcatenatedCounted(
            counted(sizes, counts, new Set(), sliced),
            toPageRequest({ first }),
            codec,
            'b',
          );
          expect(counts).toEqual([]);
          expect(await totalCount()).toBe(sizes.reduce((sum, size) => sum + size, 0));
          // The parts the page sliced (read, or probed for hasNextPage) already told their totals.
          expect(counts).toEqual(sizes.map((_, s) => `i${s}`).filter((key) => !sliced.has(key)));
          expect(page.totalCount).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is null when one part cannot tell its total', async () => {
    const { totalCount } = await sliceConcatenatedCounted(
      counted([3, 4], [], new Set([1])),
      toPageRequest({ first: 2 }),
      codec,
      'b',
    );
    expect(await totalCount()).toBeNull();
  });
});
