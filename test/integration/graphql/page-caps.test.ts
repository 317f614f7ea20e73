// PAI-DLC ListJobs and EMR ListWorkspaces document no largest page, so a real server may serve fewer
// items than asked. Against emulators that serve at most 7 (pageCaps), every connection and
// Query.jobs must still return every item, the same as against uncapped ones, and the calls it
// takes are counted: a short page is never taken for the end while a total or a token says more.
import {
  EmrWorkspacesDocument,
  JobIdsWithReadsDocument,
  PaiJobIdsDocument,
  PaiNodesDocument,
  type JobFilter,
  type JobIdsWithReadsQuery,
  type PaiJobFilter,
  type PaiJobIdsQuery,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type GraphQLTestResponse, type TestGateway } from '../../helpers/test-gateway';

const CAP = 7;
let capped: TestGateway;
let uncapped: TestGateway;

beforeAll(async () => {
  [capped, uncapped] = await Promise.all([
    startTestGateway({ emulators: { pageCaps: { paiListJobs: CAP, emrListWorkspaces: CAP } } }),
    startTestGateway(),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([capped?.stop(), uncapped?.stop()]);
});

/** Every PAI job id of a walk in pages of `size`, forward or backward, and the calls each page took. */
async function walkPaiJobs(gw: TestGateway, size: number, forward: boolean, filter?: PaiJobFilter) {
  const ids: string[] = [];
  const calls: number[] = [];
  let cursor: string | null = null;
  for (;;) {
    gw.resetEmulators();
    const response: GraphQLTestResponse<PaiJobIdsQuery> = await gw.run(
      PaiJobIdsDocument,
      forward ? { first: size, after: cursor, filter } : { last: size, before: cursor, filter },
    );
    expect(response.errors).toBeUndefined();
    const page: PaiJobIdsQuery['paiJobs'] | undefined = response.data?.paiJobs;
    const jobIds = arrived(page?.edges.map((edge) => edge.node)).map((node) => node.jobId);
    if (forward) ids.push(...jobIds);
    else ids.unshift(...jobIds);
    calls.push(gw.calls('paiDlc', 'ListJobs').length);
    const more = forward ? page?.pageInfo.hasNextPage : page?.pageInfo.hasPreviousPage;
    if (!more) return { ids, calls };
    // A capped server must not make a page come back short: the gateway reads on.
    expect(jobIds).toHaveLength(size);
    cursor = (forward ? page?.pageInfo.endCursor : page?.pageInfo.startCursor) ?? null;
  }
}

describe(`a server that serves at most ${CAP} items a page where the documentation states no maximum`, () => {
  it('Query.paiJobs walks every job once, both ways, in full pages; a first page of 20 takes 3 calls', async () => {
    const all = await walkPaiJobs(uncapped, 100, true);
    expect(all.ids.length).toBeGreaterThan(100);
    const forward = await walkPaiJobs(capped, 20, true);
    expect(forward.ids).toEqual(all.ids);
    // Page 1 asked 20 and got 7 (kept: item 0 starts page 1 however the server counts pages), then
    // pages 2 and 3 of 7.
    expect(forward.calls[0]).toBe(3);
    // From a cursor: the planned page shows the cap, then pages of 7 cover the window.
    for (const calls of forward.calls) expect(calls).toBeLessThanOrEqual(1 + Math.ceil(20 / CAP) + 1);
    expect((await walkPaiJobs(capped, 20, false)).ids).toEqual(all.ids);
  }, 60_000);

  it('Query.paiJobs merges several ListJobs listings (one per status) into every job once', async () => {
    const filter: PaiJobFilter = { statuses: ['SUCCEEDED', 'FAILED', 'RUNNING'] };
    const all = await walkPaiJobs(uncapped, 100, true, filter);
    expect(all.ids.length).toBeGreaterThan(CAP * 3);
    expect((await walkPaiJobs(capped, 25, true, filter)).ids).toEqual(all.ids);
  }, 60_000);

  it('nodes(ids) finds every PAI job of one JobIds lookup, reading the pages its TotalCount says are left', async () => {
    const first = await uncapped.run(PaiJobIdsDocument, { first: 30 });
    const ids = arrived(first.data?.paiJobs?.edges.map((edge) => edge.node)).map((node) => node.id);
    expect(ids).toHaveLength(30);
    capped.resetEmulators();
    const found = await capped.run(PaiNodesDocument, { ids });
    expect(found.errors).toBeUndefined();
    expect(found.data?.nodes.map((node) => node?.id)).toEqual(ids);
    // One ListJobs of 30 ids served 7: TotalCount 30 leaves pages 2..5 of 7.
    expect(capped.calls('paiDlc', 'ListJobs')).toHaveLength(Math.ceil(30 / CAP));
  });

  it('Query.workspaces lists every workspace by nextToken, ceil(n / 7) ListWorkspaces calls per region', async () => {
    const all = await uncapped.run(EmrWorkspacesDocument, { first: 100 });
    const workspaces = arrived(all.data?.workspaces?.edges.map((edge) => edge.node));
    expect(workspaces.length).toBeGreaterThan(CAP);
    capped.resetEmulators();
    const page = await capped.run(EmrWorkspacesDocument, { first: 100 });
    expect(page.errors).toBeUndefined();
    expect(arrived(page.data?.workspaces?.edges.map((edge) => edge.node)).map((w) => w.id)).toEqual(
      workspaces.map((w) => w.id),
    );
    expect(page.data?.workspaces?.totalCount).toBe(all.data?.workspaces?.totalCount);
    const perRegion = new Map<string, number>();
    for (const workspace of workspaces)
      perRegion.set(workspace.region ?? '', (perRegion.get(workspace.region ?? '') ?? 0) + 1);
    const regions = capped.providers.emrServerlessSpark.map((instance) => instance.regionId ?? '');
    const expected = regions.reduce(
      (sum, region) => sum + Math.max(1, Math.ceil((perRegion.get(region) ?? 0) / CAP)),
      0,
    );
    // totalCount reuses the totals the page read: no call of its own.
    expect(capped.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(expected);
  });

  it('Query.jobs pages through every PAI job and EMR run, the same as uncapped; a PAI read of 50 takes ceil(50 / 7) calls', async () => {
    const filter: JobFilter = {
      providers: ['PAI_DLC', 'EMR_SERVERLESS_SPARK'],
      createdAfter: new Date(Date.UTC(2026, 9, 25)).toISOString(),
    };
    const walk = async (gw: TestGateway) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const response: GraphQLTestResponse<JobIdsWithReadsQuery> = await gw.run(JobIdsWithReadsDocument, {
          first: 40,
          after,
          filter,
        });
        expect(response.errors).toBeUndefined();
        const page: JobIdsWithReadsQuery['jobs'] | undefined = response.data?.jobs;
        ids.push(...arrived(page?.nodes).map((node) => node.id));
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      return ids;
    };
    const all = await walk(uncapped);
    expect(all.length).toBeGreaterThan(200);
    expect(await walk(capped)).toEqual(all);
    capped.resetEmulators();
    await capped.run(JobIdsWithReadsDocument, { first: 20, filter: { providers: ['PAI_DLC'] } });
    // The list asks 50 (its least read) and is served 7: page 1 is kept, pages 2..8 of 7 follow.
    expect(capped.calls('paiDlc', 'ListJobs')).toHaveLength(Math.ceil(50 / CAP));
  }, 60_000);
});
