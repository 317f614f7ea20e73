import { JobSourceReadsDocument, JobsPageDocument } from '../../__generated__/operations';
import { testCache, totalCalls, upstreamOf } from '../../helpers/cache-fixtures';
import { DEFAULT_JOBS_SETTINGS } from '../../../src/jobs/jobs-settings';
import { LIMITS_DEFAULTS } from '../../../src/config/limits.config';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/**
 * jobs(first: 20)'s first page at --scale large, all four providers, with nothing cached (measured):
 * EMR 7 ListWorkspaces + 54 ListJobRuns (a live workspace's newest run is unbounded), SAE 12 ListJobs
 * + 20 DescribeJobHistory (the cron tie at the page's edge is broken by template, so only the templates
 * that win it are read; 227 when it was broken by global id), PAI 1, Gravitino 4.
 */
const CALLS_WITHOUT_CACHE = 98;

/** The bound issue 11 set: the first page made 79 calls when the issue was written. */
const ISSUE_BASELINE = 79;

describe('Query.jobs at --scale large with the cross-request cache', () => {
  const cache = testCache();
  let uncached: TestGateway;
  let cached: TestGateway;

  beforeAll(async () => {
    // Counts, not times: deadlines far enough out that a busy machine never cuts a page short.
    const unhurried = {
      emulators: { scale: 'large' },
      jobs: { ...DEFAULT_JOBS_SETTINGS, pageDeadlineMs: 100_000 },
      gateway: { limits: { ...LIMITS_DEFAULTS, requestDeadlineMs: 100_000 } },
    } as const;
    uncached = await startTestGateway(unhurried);
    cached = await startTestGateway({ ...unhurried, cache: cache.cache });
  }, 120_000);
  afterAll(async () => {
    await uncached.stop();
    await cached.stop();
    await cache.cache.close();
  });

  it(`without the cache, the first page costs ${CALLS_WITHOUT_CACHE} calls, every time (the baseline)`, async () => {
    for (let round = 0; round < 2; round += 1) {
      uncached.resetEmulators();
      const response = await uncached.run(JobSourceReadsDocument, { first: 20 });
      expect(response.errors).toBeUndefined();
      expect(totalCalls(uncached)).toBe(CALLS_WITHOUT_CACHE);
      expect(uncached.calls('sae', 'DescribeJobHistory')).toHaveLength(20);
    }
  }, 120_000);

  it(`with listings shared across requests, the first page costs under ${ISSUE_BASELINE} calls, and 0 asked again`, async () => {
    // Another jobs page first (FAILED only: other runs, other histories) lists the workspaces and templates.
    cached.resetEmulators();
    const other = await cached.run(JobsPageDocument, { first: 25, filter: { statuses: ['FAILED'] } });
    expect(other.errors).toBeUndefined();
    expect(cached.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(7);
    expect(cached.calls('sae', 'ListJobs')).toHaveLength(12);
    // The first page of all jobs then reads only what can reach it: no listing again.
    cached.resetEmulators();
    const first = await cached.run(JobSourceReadsDocument, { first: 20 });
    expect(first.errors).toBeUndefined();
    expect(cached.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(0);
    expect(cached.calls('sae', 'ListJobs')).toHaveLength(0);
    const firstPageCalls = totalCalls(cached);
    process.stderr.write(
      `jobs(first: 20) after jobs(first: 25, FAILED), with the cache: ${firstPageCalls} calls\n`,
    );
    expect(firstPageCalls).toBeLessThan(ISSUE_BASELINE);
    expect(upstreamOf(first).calls).toBe(firstPageCalls);
    expect(upstreamOf(first).cacheHits).toBeGreaterThan(0);
    // The same page again within the TTL: nothing upstream at all.
    cached.resetEmulators();
    const again = await cached.run(JobSourceReadsDocument, { first: 20 });
    expect(totalCalls(cached)).toBe(0);
    expect(upstreamOf(again).calls).toBe(0);
    expect(again.data).toEqual(first.data);
  }, 120_000);
});
