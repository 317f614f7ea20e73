import {
  EmrSameRunsTwiceDocument,
  EmrWorkspaceIdsDocument,
  EmrWorkspacesWithRunsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** Every EMR call of the last query, by operation. */
function callCounts(gw: TestGateway): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of gw.calls('emrServerlessSpark'))
    counts[call.operation ?? '?'] = (counts[call.operation ?? '?'] ?? 0) + 1;
  return counts;
}

describe('EMR Serverless Spark: exact upstream call counts (large dataset, one instance)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // One EMR instance (cn-hangzhou, the first of the demo config), so ListWorkspaces is one region.
    gw = await startTestGateway({
      emulators: { scale: 'large' },
      config: (base) => ({
        ...base,
        providers: { ...base.providers, emrServerlessSpark: base.providers.emrServerlessSpark.slice(0, 1) },
      }),
    });
  }, 60_000);
  afterAll(() => gw.stop());

  beforeEach(() => gw.resetEmulators());

  it('the region holds at least 10 workspaces (what the count test relies on)', async () => {
    const [instance] = gw.providers.emrServerlessSpark;
    expect(instance?.regionId).toBe('cn-hangzhou');
    const page = await instance?.client.listWorkspaces({}, { maxResults: 1 });
    expect(page?.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('workspaces(first: 10) { jobRuns(first: 5) { id workspace { id } } } is 1 ListWorkspaces + 10 ListJobRuns, nothing else', async () => {
    gw.resetEmulators();
    const result = await gw.run(EmrWorkspacesWithRunsDocument, { first: 10, runs: 5 });
    expect(result.errors).toBeUndefined();
    const workspaces = result.data?.workspaces?.nodes ?? [];
    const n = workspaces.length;
    expect(n).toBe(10);
    expect(callCounts(gw)).toEqual({ ListWorkspaces: 1, ListJobRuns: n });
    // One page of exactly the size asked for, and pages of 5 runs.
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')[0]?.query.maxResults).toBe('10');
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns').every((call) => call.query.maxResults === '5')).toBe(
      true,
    );
    // JobRun.workspace is the parent, answered from the listing.
    const runs = workspaces.flatMap((workspace) => arrived(workspace?.jobRuns.nodes));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((run) => typeof run.workspace.id === 'string')).toBe(true);
  });

  it('JobRun.workspace under Workspace.jobRuns is the parent workspace', async () => {
    const result = await gw.run(EmrWorkspacesWithRunsDocument, { first: 10, runs: 5 });
    const first = await gw.run(EmrWorkspaceIdsDocument, { first: 10 });
    const ids = arrived(first.data?.workspaces?.edges.map((edge) => edge.node)).map((node) => node.id);
    arrived(result.data?.workspaces?.nodes).forEach((workspace, i) => {
      for (const run of arrived(workspace.jobRuns.nodes)) expect(run.workspace.id).toBe(ids[i]);
    });
  });

  it('GetJobRun-only fields cost one GetJobRun per run, shared by all of them, and only when selected', async () => {
    const list = await gw.run(EmrWorkspacesWithRunsDocument, { first: 10, runs: 4 });
    // A workspace with at least four runs; its id as JobRun.workspace reports it.
    const busy = list.data?.workspaces?.nodes.find(
      (workspace) => (workspace?.jobRuns.nodes.length ?? 0) >= 4,
    );
    const id = busy?.jobRuns.nodes[0]?.workspace.id;
    expect(id).toBeDefined();
    gw.resetEmulators();
    const result = await gw.run(EmrSameRunsTwiceDocument, { id: id ?? '', first: 4 });
    expect(result.errors).toBeUndefined();
    const node = result.data?.node;
    expect(node?.detailed?.nodes).toHaveLength(4);
    expect(arrived(node?.plain?.nodes).map((run) => run.id)).toEqual(
      arrived(node?.detailed?.nodes).map((run) => run.id),
    );
    expect(arrived(node?.detailed?.nodes).every((run) => run.jobDriver !== null)).toBe(true);
    // node(id) of the workspace: one scan; the two identical pages: one ListJobRuns; jobDriver and
    // environmentId of each run: one GetJobRun.
    expect(callCounts(gw)).toEqual({ ListWorkspaces: 1, ListJobRuns: 1, GetJobRun: 4 });
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')[0]?.query.maxResults).toBe('100');
  });
});
