import { JobSourceReadsDocument, JobsPageDocument } from '../../__generated__/operations';
import { testCache, totalCalls, upstreamOf } from '../../helpers/cache-fixtures';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** jobs(first: 20)'s first page at --scale large, all four providers, before the cache (measured). */
const CALLS_WITHOUT_CACHE = 305;

describe('Query.jobs at --scale large with the cross-request cache', () => {
  const cache = testCache();
  let uncached: TestGateway;
  let cached: TestGateway;

  beforeAll(async () => {
    uncached = await startTestGateway({ emulators: { scale: 'large' } });
    cached = await startTestGateway({ emulators: { scale: 'large' }, cache: cache.cache });
  }, 120_000);
  afterAll(async () => {
    await uncached.stop();
    await cached.stop();
    await cache.cache.close();
  });

  let otherWithoutCache = 0;

  it(`without the cache, the first page costs ${CALLS_WITHOUT_CACHE} calls (the baseline)`, async () => {
    uncached.resetEmulators();
    const response = await uncached.run(JobSourceReadsDocument, { first: 20 });
    expect(response.errors).toBeUndefined();
    expect(totalCalls(uncached)).toBe(CALLS_WITHOUT_CACHE);
    uncached.resetEmulators();
    expect(
      (await uncached.run(JobsPageDocument, { first: 25, filter: { statuses: ['FAILED'] } })).errors,
    ).toBeUndefined();
    otherWithoutCache = totalCalls(uncached);
    process.stderr.write(`jobs(first: 25, FAILED) without the cache: ${otherWithoutCache} calls\n`);
  }, 120_000);

  it('asked twice within the TTL, the second time makes 0 calls; a different jobs query reuses the listings', async () => {
    cached.resetEmulators();
    const first = await cached.run(JobSourceReadsDocument, { first: 20 });
    expect(first.errors).toBeUndefined();
    expect(totalCalls(cached)).toBe(CALLS_WITHOUT_CACHE);
    cached.resetEmulators();
    const again = await cached.run(JobSourceReadsDocument, { first: 20 });
    expect(totalCalls(cached)).toBe(0);
    expect(upstreamOf(again).calls).toBe(0);
    // Another first page (FAILED only: other run listings), whose workspace and template listings come from the cache.
    cached.resetEmulators();
    const other = await cached.run(JobsPageDocument, { first: 25, filter: { statuses: ['FAILED'] } });
    expect(other.errors).toBeUndefined();
    expect(cached.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(0);
    expect(cached.calls('sae', 'ListJobs')).toHaveLength(0);
    process.stderr.write(
      `jobs(first: 25, FAILED) after jobs(first: 20), with the cache: ${totalCalls(cached)} calls\n`,
    );
    expect(totalCalls(cached)).toBeLessThan(otherWithoutCache);
    expect(upstreamOf(other).cacheHits).toBeGreaterThan(0);
  }, 120_000);
});
