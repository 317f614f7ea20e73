import fc from 'fast-check';
import {
  mergeNewestFirst,
  type LastListNext,
  type MergedPage,
  type MergeItem,
  type MergeList,
} from '../../../src/pagination/merge';
import { compareNewestFirst, isAfter, type MergePosition } from '../../../src/pagination/merge-order';

type Item = MergeItem<string>;

/** A sorted in-memory list that pushes the position down like an upstream time filter, counting fetches. */
function list(
  key: string,
  times: readonly (number | null)[],
  options: { bound?: boolean; idBound?: boolean; fail?: boolean } = {},
) {
  const items: Item[] = times
    .map((createdAt, i) => ({ createdAt, id: `${key}:${String(i).padStart(3, '0')}`, value: `${key}:${i}` }))
    .sort(compareNewestFirst);
  let fetches = 0;
  const known = items.map((item) => item.createdAt).filter((t): t is number => t !== null);
  const merge: MergeList<string> = {
    key,
    newestPossible: options.bound && known.length > 0 ? Math.max(...known) : options.bound ? -1 : null,
    // Every id of the list starts with `${key}:` (and ':' sorts below the digits that follow it).
    ...(options.idBound ? { idPrefix: `${key}:` } : {}),
    fetch: async (after: MergePosition | null, limit: number) => {
      fetches += 1;
      if (options.fail) throw new Error(`${key} is down`);
      const rest = items.filter((item) => isAfter(item, after));
      return { items: rest.slice(0, limit), more: rest.length > limit };
    },
  };
  return { merge, items, fetches: () => fetches };
}

const signal = new AbortController().signal;

describe('mergeNewestFirst', () => {
  it('pages through the sorted union of all lists: no gap, no duplicate, resuming from any item', async () => {
    const times = fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 8 }), {
      maxLength: 15,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(times, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        async (lists, sizes, pick, bounded, idBound) => {
          const all = lists.map((listTimes, i) => list(`s${i}`, listTimes, { bound: bounded, idBound }));
          const expected = all
            .flatMap((s) => s.items)
            .sort(compareNewestFirst)
            .map((item) => item.value);
          const seen: string[] = [];
          let after: MergePosition | null = null;
          // What a page learnt of its last item's list rides along when the next page starts there.
          let lastList: LastListNext | undefined;
          for (const size of sizes) {
            const page: MergedPage<string> = await mergeNewestFirst(
              all.map((s) => s.merge),
              after,
              size,
              { concurrency: 4, signal, ...(lastList ? { lastList } : {}) },
            );
            if (page.items.length === 0) {
              expect(page.hasMore).toBe(false);
              break;
            }
            const index = pick % page.items.length;
            seen.push(...page.items.slice(0, index + 1).map((item) => item.value));
            const last = page.items[index] as Item;
            after = { createdAt: last.createdAt, id: last.id };
            lastList = index === page.items.length - 1 ? page.lastList : undefined;
          }
          expect(seen).toEqual(expected.slice(0, seen.length));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not read a list whose newest possible item is older than the page', async () => {
    const fresh = list('fresh', [100, 99, 98, 97, 96], { bound: true });
    const stale = list('stale', [10, 9], { bound: true });
    const page = await mergeNewestFirst([fresh.merge, stale.merge], null, 3, { concurrency: 4, signal });
    expect(page.items.map((item) => item.createdAt)).toEqual([100, 99, 98]);
    expect(stale.fetches()).toBe(0);
    expect(page.outcomes).toEqual([
      { key: 'fresh', status: 'OK', calls: 1 },
      { key: 'stale', status: 'SKIPPED' },
    ]);
    expect(page.hasMore).toBe(true);
  });

  it('reads only the lists tied at the page edge whose id bound can still win the tie', async () => {
    // 30 cron templates that all last ran at minute 100, two executions each: a page of 3 needs the two
    // whose ids sort first, and no other.
    const tied = Array.from({ length: 30 }, (_, i) =>
      list(`t${String(i).padStart(2, '0')}`, [100, 40], { bound: true, idBound: true }),
    );
    const page = await mergeNewestFirst(
      tied.map((t) => t.merge),
      null,
      3,
      { concurrency: 4, signal },
    );
    expect(page.items.map((item) => item.id)).toEqual(['t29:000', 't28:000', 't27:000']);
    expect(tied.filter((t) => t.fetches() > 0).map((t) => t.merge.key)).toEqual(['t27', 't28', 't29']);
    // Without id bounds the same tie reads every list: the bound is what saves the reads.
    const unbounded = Array.from({ length: 30 }, (_, i) =>
      list(`t${String(i).padStart(2, '0')}`, [100, 40], { bound: true }),
    );
    await mergeNewestFirst(
      unbounded.map((t) => t.merge),
      null,
      3,
      { concurrency: 4, signal },
    );
    expect(unbounded.filter((t) => t.fetches() > 0)).toHaveLength(30);
  });

  it('on the next page, does not read again the tied lists the position has passed', async () => {
    const nextPage = async (carry: boolean) => {
      const tied = Array.from({ length: 30 }, (_, i) =>
        list(`t${String(i).padStart(2, '0')}`, [100, 40], { bound: true, idBound: true }),
      );
      const lists = tied.map((t) => t.merge);
      const first = await mergeNewestFirst(lists, null, 3, { concurrency: 4, signal });
      const last = first.items[first.items.length - 1] as Item;
      // What the first page learnt of t27 (the list of its last item): its next item is at 40.
      expect(first.lastList).toEqual({ key: 't27', newestPossible: 40 });
      const options = {
        concurrency: 4,
        signal,
        ...(carry && first.lastList ? { lastList: first.lastList } : {}),
      };
      const next = await mergeNewestFirst(lists, last, 3, options);
      expect(next.items.map((item) => item.id)).toEqual(['t26:000', 't25:000', 't24:000']);
      return Object.fromEntries(tied.filter((t) => t.fetches() > 0).map((t) => [t.merge.key, t.fetches()]));
    };
    // t28 and t29 sort wholly before the cursor's item (t27:000): passed, never read again.
    const fetched = { t24: 1, t25: 1, t26: 1, t27: 1, t28: 1, t29: 1 };
    expect(await nextPage(true)).toEqual(fetched);
    // t27 holds the cursor's item and, for all its bound says, more at 100 below it: without what
    // the first page learnt of it, it is asked again.
    expect(await nextPage(false)).toEqual({ ...fetched, t27: 2 });
  });

  it('has more when the page ends exactly as a capped list empties its buffer but says it has more', async () => {
    // An upstream whose page size caps below what the merge asks for (EMR's maxResults 100 for a page of
    // 100, asked as 101): the buffer runs dry on the page's last item, and only `more` knows the rest.
    const items: Item[] = [5, 4, 3, 2, 1].map((t) => ({
      createdAt: t,
      id: `capped:${t}`,
      value: `capped:${t}`,
    }));
    const capped: MergeList<string> = {
      key: 'capped',
      newestPossible: null,
      fetch: async (after: MergePosition | null) => {
        const rest = items.filter((item) => isAfter(item, after));
        return { items: rest.slice(0, 3), more: rest.length > 3 };
      },
    };
    const page = await mergeNewestFirst([capped], null, 3, { concurrency: 4, signal });
    expect(page.items.map((item) => item.createdAt)).toEqual([5, 4, 3]);
    expect(page.hasMore).toBe(true);
  });

  it('leaves a failing list out, reports it, and merges the rest', async () => {
    const good = list('good', [5, 3, 1]);
    const bad = list('bad', [4, 2], { fail: true });
    const page = await mergeNewestFirst([good.merge, bad.merge], null, 10, { concurrency: 4, signal });
    expect(page.items.map((item) => item.createdAt)).toEqual([5, 3, 1]);
    expect(page.outcomes[1]).toMatchObject({ key: 'bad', status: 'FAILED' });
  });

  it('reports lists cut by the deadline as DEGRADED', async () => {
    const controller = new AbortController();
    const slow: MergeList<string> = {
      key: 'slow',
      newestPossible: null,
      fetch: () => new Promise(() => undefined),
    };
    const fast = list('fast', [2, 1]);
    setTimeout(() => controller.abort(), 20);
    const page = await mergeNewestFirst([fast.merge, slow], null, 5, {
      concurrency: 4,
      signal: controller.signal,
    });
    expect(page.items.map((item) => item.createdAt)).toEqual([2, 1]);
    expect(page.outcomes[1]).toMatchObject({ key: 'slow', status: 'DEGRADED' });
  });
});
