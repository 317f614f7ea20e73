// The EMR and SAE job lists against fake upstreams in every order: ListJobRuns and DescribeJobHistory
// document none, so a list must find the newest jobs whatever order its pages come in, and say how
// it read them.
import { ANONYMOUS_TENANT } from '../../../src/domain/tenant';
import { emrJobFeed } from '../../../src/jobs/emr-job-feed';
import type { JobFeed, JobList } from '../../../src/jobs/job-feed';
import type { JobQueryFilter } from '../../../src/jobs/job-query-filter';
import type { JobsPageContext } from '../../../src/jobs/jobs-context';
import { DEFAULT_JOBS_SETTINGS } from '../../../src/jobs/jobs-settings';
import { PageReadBudget, pageReadAllowance } from '../../../src/jobs/page-read-budget';
import { saeJobFeed } from '../../../src/jobs/sae-job-feed';
import type { Loaders } from '../../../src/loaders/create-loaders';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { compareNewestFirst } from '../../../src/pagination/merge-order';
import { createPrng } from '../../../src/emulators/shared/prng';

const NO_FILTER: JobQueryFilter = {
  providers: null,
  statuses: null,
  createdAfter: null,
  createdBefore: null,
  nameContains: null,
  regions: null,
};

/** `count` jobs one minute apart, newest first, with a few ties. */
function times(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 1_000_000_000 - Math.floor(i / 3) * 60_000);
}

/** The same times in another order: a seeded shuffle, or newest first page by page but pages reversed. */
function reorder(items: readonly number[], order: 'newest-first' | 'shuffled' | 'pages-reversed', page = 50) {
  if (order === 'newest-first') return [...items];
  if (order === 'pages-reversed') {
    const pages: number[][] = [];
    for (let i = 0; i < items.length; i += page) pages.push(items.slice(i, i + page));
    return pages.reverse().flat();
  }
  const prng = createPrng('order');
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

const inWindow = (t: number, window?: { from?: number; to?: number }) =>
  (window?.from === undefined || t >= window.from) && (window?.to === undefined || t <= window.to);

/** A fake EMR instance: one workspace whose runs ListJobRuns serves in `order`, by offset tokens. */
function emrUpstream(order: readonly number[]) {
  const loads: { maxResults: number }[] = [];
  const runs = order.map((createdAt, i) => ({
    provider: 'EMR_SERVERLESS_SPARK',
    instanceId: 'emr',
    workspaceId: 'w-1',
    jobRunId: `jr-${String(i).padStart(5, '0')}`,
    name: `run ${i}`,
    status: 'SUCCEEDED',
    createdAt,
  }));
  const loaders = {
    emrServerlessSpark: {
      workspacePages: {
        load: async () => ({
          items: [{ workspaceId: 'w-1', workspaceStatus: 'RUNNING', endTime: null }],
          nextToken: null,
          totalCount: 1,
        }),
      },
      jobRunPages: {
        load: async (key: {
          filter: { startTime?: { from?: number; to?: number } };
          page: { maxResults: number; nextToken: string | null };
        }) => {
          loads.push({ maxResults: key.page.maxResults });
          const matching = runs.filter((run) => inWindow(run.createdAt, key.filter.startTime));
          const start = key.page.nextToken === null ? 0 : Number(key.page.nextToken);
          const end = start + key.page.maxResults;
          return {
            items: matching.slice(start, end),
            nextToken: end < matching.length ? String(end) : null,
            totalCount: matching.length,
          };
        },
      },
    },
  };
  return { loaders, loads, runs };
}

/** A fake SAE instance: one template whose history DescribeJobHistory serves in `order`. */
function saeUpstream(order: readonly number[]) {
  const loads: { currentPage: number; pageSize: number }[] = [];
  const executions = order.map((createdAt, i) => ({
    provider: 'SAE',
    instanceId: 'sae',
    appId: 'app-1',
    jobId: `job-${String(i).padStart(5, '0')}`,
    name: 'nightly',
    status: 'SUCCEEDED',
    createdAt,
  }));
  const loaders = {
    sae: {
      templatePages: {
        load: async () => ({
          items: [
            { instanceId: 'sae', appId: 'app-1', appName: 'nightly', lastStartTime: Math.max(...order) },
          ],
          totalCount: 1,
        }),
      },
      executionPages: {
        load: async (key: { page: { currentPage: number; pageSize: number } }) => {
          const { currentPage, pageSize } = key.page;
          loads.push({ currentPage, pageSize });
          const start = (currentPage - 1) * pageSize;
          return { items: executions.slice(start, start + pageSize), totalCount: executions.length };
        },
      },
    },
  };
  return { loaders, loads, executions };
}

/** The one list a feed offers for the fake instance, and the page's read budget. */
async function onlyList(feed: JobFeed, loaders: object, size: number, filter = NO_FILTER) {
  const reads = new PageReadBudget(size);
  const context: JobsPageContext = {
    tenant: ANONYMOUS_TENANT,
    loaders: loaders as unknown as Loaders,
    instances: {
      emrServerlessSpark: [{ id: 'emr', regionId: 'cn-hangzhou' }],
      paiDlc: [],
      sae: [{ id: 'sae', regionId: 'cn-hangzhou' }],
      gravitino: [],
    } as unknown as JobsPageContext['instances'],
    cursors: new CursorCodec({ secret: Buffer.from('s'), maxAgeMs: 60_000 }),
    requestSignal: new AbortController().signal,
    settings: DEFAULT_JOBS_SETTINGS,
    reads,
  };
  const [instance] = await feed.instances(context, filter);
  const list = instance?.lists[0] as JobList;
  return { list, reads };
}

/** The newest `n` times of a list. */
const newest = (all: readonly number[], n: number) => [...all].sort((a, b) => b - a).slice(0, n);

/**
 * What a read that stopped early serves of the newest `n`: the trailing tie group waits for the
 * next read (trimTrailingTies), since the upstream's page may have cut it.
 */
const servedEarly = (all: readonly number[], n: number) => {
  const top = newest(all, n);
  return top.filter((t) => t !== top[top.length - 1]);
};

// EMR pushes the resume time down, so a read that stopped early leaves its trailing tie group to
// the next read (trimTrailingTies); SAE cannot, so it reads on past that group before it stops.
describe.each([
  ['EMR ListJobRuns', emrJobFeed, emrUpstream, servedEarly],
  ['SAE DescribeJobHistory', saeJobFeed, saeUpstream, newest],
] as const)('%s in an undocumented order', (_name, feed, upstreamOf, served) => {
  const all = times(400);

  it('newest first: reads one page, stops early, and says it read page by page', async () => {
    const upstream = upstreamOf(reorder(all, 'newest-first'));
    const { list } = await onlyList(feed, upstream.loaders, 10);
    const batch = await list.fetch(null, 10, undefined);
    expect(batch.items.map((item) => item.createdAt)).toEqual(served(all, 10));
    expect(batch.more).toBe(true);
    expect(upstream.loads).toHaveLength(1);
    expect(list.read?.()).toBe('PAGED_NEWEST_FIRST');
  });

  // Shuffled breaks the order within the first page; pages-reversed keeps each block of 50 newest
  // first but puts newer blocks later, which only a later page shows (a read of 60 takes two).
  it.each([
    ['shuffled', 10],
    ['pages-reversed', 60],
  ] as const)(
    '%s: reads the list whole, serves its newest jobs, and the page’s later fetches from what it read',
    async (order, limit) => {
      const upstream = upstreamOf(reorder(all, order));
      const { list } = await onlyList(feed, upstream.loaders, limit);
      const first = await list.fetch(null, limit, undefined);
      expect(first.items.map((item) => item.createdAt)).toEqual(newest(all, limit));
      expect(list.read?.()).toBe('FULL_READ');
      const calls = upstream.loads.length;
      const second = await list.fetch(first.items[limit - 1] ?? null, limit, undefined);
      const both = [...first.items, ...second.items];
      expect(both.map((item) => item.id)).toEqual([...both].sort(compareNewestFirst).map((item) => item.id));
      expect(both.map((item) => item.createdAt)).toEqual(newest(all, 2 * limit));
      expect(upstream.loads).toHaveLength(calls);
    },
  );
});

describe.each([
  ['EMR ListJobRuns', emrJobFeed, emrUpstream],
  ['SAE DescribeJobHistory', saeJobFeed, saeUpstream],
] as const)('%s walked page after page, as jobs pages resume from a cursor', (_name, feed, upstreamOf) => {
  // Ties of three, which the upstream orders by id ascending and the merge by id descending: a
  // group an upstream page cuts must neither be lost nor served twice.
  const all = times(300);
  it.each([
    ['newest-first', 1],
    ['newest-first', 7],
    ['newest-first', 49],
    ['newest-first', 50],
    ['newest-first', 60],
    ['shuffled', 7],
    ['shuffled', 60],
    ['pages-reversed', 60],
  ] as const)('%s, %i a page: every job once, in the merged order', async (order, limit) => {
    const upstream = upstreamOf(reorder(all, order));
    const seen: string[] = [];
    let after = null;
    let hint: unknown;
    for (let pages = 0; pages < 400; pages++) {
      // A new page is a new request: a fresh list, resuming from the cursor's position and hint.
      const { list } = await onlyList(feed, upstream.loaders, limit);
      const batch = await list.fetch(after, limit, hint);
      seen.push(...batch.items.map((item) => item.id));
      if (!batch.more || batch.items.length === 0) break;
      after = batch.items[batch.items.length - 1] ?? null;
      hint = batch.hint;
    }
    const { list } = await onlyList(feed, upstream.loaders, 1000);
    const everything = await list.fetch(null, 1000, undefined);
    expect(everything.items).toHaveLength(all.length);
    expect(seen).toEqual(everything.items.map((item) => item.id));
  });
});

describe('the page read allowance', () => {
  it('fails a list whose whole read would pass it, with a typed QUERY_TOO_COMPLEX, after at most the allowance', async () => {
    const all = times(20_000);
    const upstream = emrUpstream(reorder(all, 'shuffled'));
    const { list, reads } = await onlyList(emrJobFeed, upstream.loaders, 5);
    await expect(list.fetch(null, 5, undefined)).rejects.toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'jobsPageReads', maximum: pageReadAllowance(5) },
    });
    expect(upstream.loads.length).toBe(pageReadAllowance(5));
    expect(reads.reads).toBe(pageReadAllowance(5));
  });

  it('never refuses reads made newest first', async () => {
    // A name filter that only the oldest runs match: newest first, the read goes on to the end.
    const all = times(20_000);
    const upstream = emrUpstream(reorder(all, 'newest-first'));
    const { list } = await onlyList(emrJobFeed, upstream.loaders, 5, {
      ...NO_FILTER,
      nameContains: 'run 19999',
    });
    const batch = await list.fetch(null, 5, undefined);
    expect(batch.items.map((item) => item.createdAt)).toEqual([all[19_999]]);
    expect(upstream.loads.length).toBeGreaterThan(pageReadAllowance(5));
  });
});
