import { testCache } from '../../helpers/cache-fixtures';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/**
 * A list served from the in-process cache is mapped wire->domain once per cached answer: a hit
 * returns the page (and its items) made the first time, with no second upstream call (issue 13).
 */
describe('cached list pages are mapped once per cached answer', () => {
  const cache = testCache();
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ cache: cache.cache });
  });
  afterAll(async () => {
    await gateway.stop();
    await cache.cache.close();
  });
  beforeEach(() => gateway.resetEmulators());

  it('PAI ListJobs: the same page object twice, one call', async () => {
    const pai = gateway.providers.paiDlc[0]!.client;
    const first = await pai.listJobs({}, { pageNumber: 1, pageSize: 20 });
    const again = await pai.listJobs({}, { pageNumber: 1, pageSize: 20 });
    expect(first.items).toHaveLength(20);
    expect(again).toBe(first);
    expect(gateway.calls('paiDlc', 'ListJobs')).toHaveLength(1);
  });

  it('EMR ListJobRuns: the same page object again, from the cache without a call', async () => {
    const emr = gateway.providers.emrServerlessSpark[0]!.client;
    const { items: workspaces } = await emr.listWorkspaces({}, { maxResults: 100 });
    // The first workspace of the region that has runs (some have none).
    let first = { items: [] as readonly unknown[] } as Awaited<ReturnType<typeof emr.listJobRuns>>;
    let workspaceId = '';
    for (const workspace of workspaces) {
      first = await emr.listJobRuns(workspace.workspaceId, {}, { maxResults: 20 });
      workspaceId = workspace.workspaceId;
      if (first.items.length > 0) break;
    }
    expect(first.items.length).toBeGreaterThan(0);
    gateway.resetEmulators();
    const again = await emr.listJobRuns(workspaceId, {}, { maxResults: 20 });
    expect(again).toBe(first);
    expect(gateway.calls('emrServerlessSpark', 'ListJobRuns')).toHaveLength(0);
  });

  it('Gravitino listJobs: the same list object twice, one call', async () => {
    const gravitino = gateway.providers.gravitino[0]!.client;
    const first = await gravitino.listJobs('prod_lake');
    const again = await gravitino.listJobs('prod_lake');
    expect(first.jobs.length).toBeGreaterThan(0);
    expect(again).toBe(first);
    expect(gateway.calls('gravitino', 'listJobs')).toHaveLength(1);
  });
});
