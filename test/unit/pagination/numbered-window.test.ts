import fc from 'fast-check';
import type { Connection } from '../../../src/pagination/connection';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { sliceNumbered } from '../../../src/pagination/numbered-slicer';
import { readNumberedWindow, type PageCapMemo } from '../../../src/pagination/numbered-window';

/**
 * A page-number upstream that serves at most `cap` items a page, whatever PageSize asks. `counts`
 * says how it numbers pages then: in the size it served (`served`: offset (n-1)·min(size, cap)) or
 * in the size asked (`asked`: offset (n-1)·size). The documentation of neither PAI nor SAE says.
 */
function cappedUpstream(items: readonly number[], cap: number, counts: 'served' | 'asked') {
  const calls: [number, number][] = [];
  const fetch = async (pageNumber: number, pageSize: number) => {
    calls.push([pageNumber, pageSize]);
    const served = Math.min(pageSize, cap);
    const offset = (pageNumber - 1) * (counts === 'served' ? served : pageSize);
    return { items: items.slice(offset, offset + served), totalCount: items.length };
  };
  return { fetch, calls };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('readNumberedWindow', () => {
  it('reads any window exactly under any silent cap, whichever way the server counts pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 130 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('served' as const, 'asked' as const),
        fc.integer({ min: 1, max: 100 }),
        async (total, cap, start, length, counts, maxPageSize) => {
          const items = range(total);
          const upstream = cappedUpstream(items, cap, counts);
          const window = await readNumberedWindow(upstream.fetch, start, start + length, maxPageSize);
          expect(window.items).toEqual(items.slice(start, start + length));
          expect(window.total).toBe(total);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('costs one call when the server serves what was asked', async () => {
    const upstream = cappedUpstream(range(500), 1000, 'served');
    const window = await readNumberedWindow(upstream.fetch, 40, 60, 100);
    expect(window.items).toEqual(range(500).slice(40, 60));
    expect(upstream.calls).toEqual([[3, 20]]);
  });

  it('learns the cap from a short first page, keeps that page, and reads on in pages of the cap', async () => {
    const upstream = cappedUpstream(range(500), 7, 'asked');
    const memo: PageCapMemo = {};
    const window = await readNumberedWindow(upstream.fetch, 0, 20, 100, memo);
    expect(window.items).toEqual(range(20));
    expect(memo.cap).toBe(7);
    // Page 1 of 20 served 7: items 0..6 whichever way pages are counted, so only pages 2 and 3 of 7 follow.
    expect(upstream.calls).toEqual([
      [1, 20],
      [2, 7],
      [3, 7],
    ]);
    // The next window of the same listing asks pages of the cap straight away.
    upstream.calls.length = 0;
    await readNumberedWindow(upstream.fetch, 21, 28, 100, memo);
    expect(upstream.calls).toEqual([[4, 7]]);
  });

  it('takes an empty page the total promised items for a stale total, not for more pages to come', async () => {
    const fetch = async (pageNumber: number, pageSize: number) => ({
      items: pageNumber === 1 ? range(pageSize) : [],
      totalCount: 1000,
    });
    const window = await readNumberedWindow(fetch, 0, 30, 10);
    expect(window.items).toEqual(range(10));
    expect(window.total).toBe(10);
  });
});

describe('sliceNumbered under a silent cap', () => {
  const codec = new CursorCodec({ secret: Buffer.from('test-secret'), maxAgeMs: 60_000 });

  it.each(['served', 'asked'] as const)(
    'walks every item once, forward and backward, when the server counts pages in the size %s',
    async (counts) => {
      const items = range(53);
      const upstream = cappedUpstream(items, 7, counts);
      const forward: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Connection<number> = await sliceNumbered(
          upstream.fetch,
          { direction: 'forward', size: 10, after },
          100,
          codec,
          'b',
        );
        forward.push(...page.edges.map((edge) => edge.node));
        expect(page.edges.length).toBe(Math.min(10, items.length - (forward.length - page.edges.length)));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(items);
      const backward: number[] = [];
      let before: string | null = null;
      for (;;) {
        const page: Connection<number> = await sliceNumbered(
          upstream.fetch,
          { direction: 'backward', size: 10, before },
          100,
          codec,
          'b',
        );
        backward.unshift(...page.edges.map((edge) => edge.node));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(items);
    },
  );
});
