import { GravitinoJobTemplatesPageDocument, JobSourceReadsDocument } from '../../__generated__/operations';
import { CACHE_DEFAULTS } from '../../../src/config/cache.config';
import { testCache, totalCalls, upstreamOf } from '../../helpers/cache-fixtures';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const UNAVAILABLE = {
  kind: 'status',
  status: 503,
  code: 'ServiceUnavailable',
  message: 'restarting',
} as const;

describe('the cross-request cache (memory)', () => {
  const cache = testCache();
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ cache: cache.cache });
  });
  afterAll(async () => {
    await gateway.stop();
    await cache.cache.close();
  });
  beforeEach(() => {
    gateway.resetEmulators();
    // Each test starts with every entry expired (stale windows included).
    cache.clock.advance(24 * 60 * 60 * 1000);
  });

  it('answers jobs(first: 20) asked again within its TTL with 0 upstream calls, and says so in extensions.upstream', async () => {
    const first = await gateway.run(JobSourceReadsDocument, { first: 20 });
    expect(first.errors).toBeUndefined();
    const firstCalls = totalCalls(gateway);
    expect(firstCalls).toBeGreaterThan(0);
    expect(upstreamOf(first).calls).toBe(firstCalls);
    gateway.resetEmulators();
    cache.clock.advance(CACHE_DEFAULTS.listTtlMs - 1);
    const second = await gateway.run(JobSourceReadsDocument, { first: 20 });
    expect(second.data).toEqual(first.data);
    expect(totalCalls(gateway)).toBe(0);
    expect(upstreamOf(second)).toEqual(
      expect.objectContaining({ calls: 0, cacheHits: expect.any(Number) as number }),
    );
    expect(upstreamOf(second).cacheHits).toBeGreaterThan(0);
    expect(Object.values(upstreamOf(second).byProvider).every((entry) => entry.calls === 0)).toBe(true);
  });

  it('calls again once an entry is past its TTL and stale window', async () => {
    const variables = { metalake: 'prod_lake', first: 5 };
    await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(1);
    cache.clock.advance(CACHE_DEFAULTS.catalogTtlMs + CACHE_DEFAULTS.catalogStaleMs);
    const again = await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    expect(again.errors).toBeUndefined();
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(2);
  });

  it('serves a list past its TTL (within its stale window) at once and refreshes it with one background call', async () => {
    const variables = { metalake: 'prod_lake', first: 5 };
    await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    cache.clock.advance(CACHE_DEFAULTS.catalogTtlMs + 1);
    const stale = await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    expect(upstreamOf(stale)).toEqual(expect.objectContaining({ calls: 0, cacheHits: 1 }));
    // The refresh is the background call: it shows in the emulator's log, not in the request's count.
    await waitFor(() => gateway.calls('gravitino', 'listJobTemplates').length === 2);
    gateway.resetEmulators();
    await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(0);
  });

  it('refreshes a live state after its TTL but keeps a run in a final state', async () => {
    const [instance] = gateway.providers.gravitino;
    if (!instance) throw new Error('no Gravitino instance');
    const { jobs } = await instance.client.listJobs('prod_lake');
    const live = jobs.find((job) => job.status === 'RUNNING' || job.status === 'PENDING');
    const done = jobs.find((job) => job.status === 'SUCCEEDED' || job.status === 'FAILED');
    if (!live || !done) throw new Error('the demo metalake has a live and a finished job');
    gateway.resetEmulators();
    await instance.client.getJob('prod_lake', live.jobId);
    await instance.client.getJob('prod_lake', done.jobId);
    await instance.client.getJob('prod_lake', live.jobId);
    await instance.client.getJob('prod_lake', done.jobId);
    expect(gateway.calls('gravitino', 'getJob')).toHaveLength(2);
    cache.clock.advance(CACHE_DEFAULTS.liveTtlMs);
    await instance.client.getJob('prod_lake', live.jobId);
    await instance.client.getJob('prod_lake', done.jobId);
    // The live one is read again; the finished one lives for CACHE_DEFAULTS.terminalTtlMs.
    expect(gateway.calls('gravitino', 'getJob')).toHaveLength(3);
  });

  it('never caches an upstream error: the next read calls again and gets the data', async () => {
    const variables = { metalake: 'analytics', first: 5 };
    gateway.emulators.emulators.gravitino.addFault({
      ...UNAVAILABLE,
      operation: 'listJobTemplates',
      times: 3,
    });
    const failed = await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    expect(failed.data?.gravitinoJobTemplates).toBeNull();
    // Every queued fault was spent on the failed read and its retries: the next answer is the emulator's own.
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(3);
    gateway.resetEmulators();
    const ok = await gateway.run(GravitinoJobTemplatesPageDocument, variables);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.gravitinoJobTemplates?.edges.length).toBeGreaterThan(0);
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(1);
  });

  it('makes 1 upstream call for 50 concurrent identical queries', async () => {
    const variables = { metalake: 'dev_lake', first: 3 };
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => gateway.run(GravitinoJobTemplatesPageDocument, variables)),
    );
    expect(responses.filter((response) => response.status !== 200 || response.errors)).toEqual([]);
    expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(1);
    const hits = responses.reduce((sum, response) => sum + upstreamOf(response).cacheHits, 0);
    expect(hits).toBe(49);
  });
});

/** Polls a condition the background refresh makes true (a count, never a time). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
