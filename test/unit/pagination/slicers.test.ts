import fc from 'fast-check';
import { checkCursor, toPageRequest } from '../../../src/pagination/connection-args';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { sliceList } from '../../../src/pagination/list-slicer';
import { sliceNumberedMerge } from '../../../src/pagination/numbered-merge-slicer';
import { planPages } from '../../../src/pagination/numbered-page-plan';
import { sliceNumbered } from '../../../src/pagination/numbered-slicer';
import { sliceTokenPaged } from '../../../src/pagination/token-slicer';
import type { Connection } from '../../../src/pagination/connection';

const codec = new CursorCodec({ secret: Buffer.from('test-secret'), maxAgeMs: 60_000 });
const binding = 'b';

/** A token-paged fake upstream whose tokens are opaque strings mapped to offsets, counting calls. */
function tokenUpstream(items: readonly number[]) {
  const tokens = new Map<string, number>();
  let calls = 0;
  let issued = 0;
  const fetch = async (token: string | null, size: number) => {
    calls += 1;
    const offset = token === null ? 0 : tokens.get(token);
    if (offset === undefined) throw new Error(`unknown token ${token}`);
    const end = offset + size;
    const next = end < items.length ? `tok-${(issued += 1)}` : null;
    if (next) tokens.set(next, end);
    return { items: items.slice(offset, end), nextToken: next, totalCount: items.length };
  };
  return { fetch, calls: () => calls };
}

function numberedUpstream(items: readonly number[]) {
  let calls = 0;
  const fetch = async (pageNumber: number, pageSize: number) => {
    calls += 1;
    return {
      items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
      totalCount: items.length,
    };
  };
  return { fetch, calls: () => calls };
}

const nodes = (c: Connection<number>) => c.edges.map((e) => e.node);

describe('planPages', () => {
  it('covers every window exactly, in one call when a single page can hold it', () => {
    for (let start = 0; start < 60; start++) {
      for (let length = 1; length <= 20; length++) {
        const plan = planPages(start, start + length, 25);
        const covered = plan.pageNumbers.flatMap((n) =>
          Array.from({ length: plan.pageSize }, (_, k) => (n - 1) * plan.pageSize + k),
        );
        expect(covered.slice(plan.skip, plan.skip + length)).toEqual(
          Array.from({ length }, (_, k) => start + k),
        );
        expect(plan.pageSize).toBeLessThanOrEqual(25);
        expect(plan.pageNumbers.length).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe('slicers: resuming from ANY edge cursor continues exactly after it', () => {
  const pageSizes = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 30 });
  const lists = fc.integer({ min: 0, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => i));

  it('token-paged (forward)', async () => {
    await fc.assert(
      fc.asyncProperty(lists, pageSizes, fc.nat(), async (items, sizes, pick) => {
        const upstream = tokenUpstream(items);
        const seen: number[] = [];
        let after: string | null = null;
        for (const size of sizes) {
          const page: Connection<number> = await sliceTokenPaged(
            upstream.fetch,
            toPageRequest({ first: size, after }),
            codec,
            binding,
          );
          seen.push(...nodes(page));
          if (page.edges.length === 0) break;
          // Resume from a random edge of this page, not only the end cursor.
          const index = pick % page.edges.length;
          seen.splice(seen.length - page.edges.length + index + 1);
          after = page.edges[index]?.cursor ?? null;
          if (!page.pageInfo.hasNextPage && index === page.edges.length - 1) break;
        }
        expect(seen).toEqual(items.slice(0, seen.length));
      }),
      { numRuns: 150 },
    );
  });

  it('page-number (forward and backward)', async () => {
    await fc.assert(
      fc.asyncProperty(lists, pageSizes, fc.nat(), fc.boolean(), async (items, sizes, pick, backward) => {
        const upstream = numberedUpstream(items);
        const seen: number[] = [];
        let cursor: string | null = null;
        for (const size of sizes) {
          const page: Connection<number> = await sliceNumbered(
            upstream.fetch,
            toPageRequest(backward ? { last: size, before: cursor } : { first: size, after: cursor }),
            7,
            codec,
            binding,
          );
          if (page.edges.length === 0) break;
          const got = nodes(page);
          const index = pick % page.edges.length;
          if (backward) {
            seen.unshift(...got.slice(index));
            cursor = page.edges[index]?.cursor ?? null;
          } else {
            seen.push(...got.slice(0, index + 1));
            cursor = page.edges[index]?.cursor ?? null;
          }
          expect(page.totalCount).toBe(items.length);
        }
        const expected = backward ? items.slice(items.length - seen.length) : items.slice(0, seen.length);
        expect(seen).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('merged page-number listings (forward and backward)', async () => {
    // Disjoint sorted listings (items dealt out at random), merged back into one sorted list.
    const dealt = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.nat(), { maxLength: 50 }))
      .map(([count, owners]) => ({
        total: owners.length,
        listings: Array.from({ length: count }, (_, l) =>
          owners.flatMap((owner, item) => (owner % count === l ? [item] : [])),
        ),
      }));
    await fc.assert(
      fc.asyncProperty(
        dealt,
        pageSizes,
        fc.nat(),
        fc.boolean(),
        async ({ total, listings }, sizes, pick, backward) => {
          const fetches = listings.map((items) => numberedUpstream(items).fetch);
          const items = Array.from({ length: total }, (_, i) => i);
          const seen: number[] = [];
          let cursor: string | null = null;
          for (const size of sizes) {
            const request = toPageRequest(
              backward ? { last: size, before: cursor } : { first: size, after: cursor },
            );
            const page: Connection<number> = await sliceNumberedMerge(
              fetches,
              (a, b) => a - b,
              request,
              7,
              codec,
              binding,
            );
            if (page.edges.length === 0) break;
            const got = nodes(page);
            const index = pick % page.edges.length;
            if (backward) seen.unshift(...got.slice(index));
            else seen.push(...got.slice(0, index + 1));
            cursor = page.edges[index]?.cursor ?? null;
            // Backward from a cursor, a listing whose window is empty is not read, so its total may be unknown.
            expect([total, null]).toContain(page.totalCount);
          }
          expect(seen).toEqual(
            backward ? items.slice(items.length - seen.length) : items.slice(0, seen.length),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('whole-list (forward and backward), stable under inserts at the front', async () => {
    await fc.assert(
      fc.asyncProperty(lists, pageSizes, fc.nat(), async (items, sizes, pick) => {
        let list = items.map(String);
        const seen: string[] = [];
        let after: string | null = null;
        for (const [round, size] of sizes.entries()) {
          const page: Connection<string> = sliceList(
            list,
            (x) => x,
            toPageRequest({ first: size, after }),
            codec,
            binding,
          );
          if (page.edges.length === 0) break;
          const index = pick % page.edges.length;
          seen.push(...page.edges.slice(0, index + 1).map((e) => e.node));
          after = page.edges[index]?.cursor ?? null;
          list = [`new-${round}`, ...list];
        }
        expect(seen).toEqual(items.map(String).slice(0, seen.length));
      }),
      { numRuns: 150 },
    );
  });
});

describe('slicer call counts', () => {
  it('first page of a token list is one call; resuming from an end cursor is one call', async () => {
    const upstream = tokenUpstream(Array.from({ length: 50 }, (_, i) => i));
    const page = await sliceTokenPaged(upstream.fetch, toPageRequest({ first: 10 }), codec, binding);
    expect(upstream.calls()).toBe(1);
    await sliceTokenPaged(
      upstream.fetch,
      toPageRequest({ first: 10, after: page.pageInfo.endCursor }),
      codec,
      binding,
    );
    expect(upstream.calls()).toBe(2);
  });

  it('refuses last/before on a token list, and a cursor from another list', async () => {
    const upstream = tokenUpstream([1, 2, 3]);
    await expect(
      sliceTokenPaged(upstream.fetch, toPageRequest({ last: 2 }), codec, binding),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const page = await sliceTokenPaged(upstream.fetch, toPageRequest({ first: 1 }), codec, binding);
    await expect(
      sliceTokenPaged(
        upstream.fetch,
        toPageRequest({ first: 1, after: page.pageInfo.endCursor }),
        codec,
        'other',
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it('numbered: first page is one call with pageInfo flags', async () => {
    const upstream = numberedUpstream(Array.from({ length: 30 }, (_, i) => i));
    const page = await sliceNumbered(upstream.fetch, toPageRequest({ first: 10 }), 100, codec, binding);
    expect(upstream.calls()).toBe(1);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = await sliceNumbered(upstream.fetch, toPageRequest({ last: 5 }), 100, codec, binding);
    expect(nodes(last)).toEqual([25, 26, 27, 28, 29]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('checkCursor', () => {
  it('refuses a cursor of another connection before any upstream call, and passes its own', async () => {
    const upstream = numberedUpstream([1, 2, 3]);
    const page = await sliceNumbered(upstream.fetch, toPageRequest({ first: 1 }), 100, codec, binding);
    const after = page.pageInfo.endCursor;
    expect(() => checkCursor(codec, toPageRequest({ first: 1, after }), binding)).not.toThrow();
    expect(() => checkCursor(codec, toPageRequest({ first: 1, after }), 'other')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }),
      }),
    );
    expect(() => checkCursor(codec, toPageRequest({ last: 1, before: after }), 'other')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ argument: 'before' }) }),
    );
  });
});
