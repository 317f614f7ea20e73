import { toGlobalId } from '../../../src/domain/global-id';
import type { JobRun } from '../../../src/domain/job-run';
import type { Workspace } from '../../../src/domain/workspace';
import {
  EmrJobRunNodeDocument,
  EmrJobRunsDocument,
  EmrNodesDocument,
  EmrWorkspaceNodeDocument,
  EmrWorkspacesDocument,
  type EmrNodesQuery,
} from '../../__generated__/operations';
import { nodeOfType } from '../../helpers/node-of-type';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const workspaceId = (w: Workspace) => toGlobalId('Workspace', w.instanceId, [w.workspaceId]);
const runId = (r: JobRun) => toGlobalId('JobRun', r.instanceId, [r.workspaceId, r.jobRunId]);
/** The provider's own id of a refetched run or workspace. */
const ownId = (node: EmrNodesQuery['nodes'][number]) =>
  node?.__typename === 'JobRun'
    ? node.jobRunId
    : node?.__typename === 'Workspace'
      ? node.workspaceId
      : undefined;

describe('EMR Serverless Spark: node(id) refetch of Workspace and JobRun', () => {
  let gw: TestGateway;
  /** cn-hangzhou's workspaces with at least two runs each, and two runs of each. */
  let hangzhou: { workspace: Workspace; runs: JobRun[] }[];
  let shanghaiRun: JobRun;

  beforeAll(async () => {
    gw = await startTestGateway();
    const [hz, sh] = gw.providers.emrServerlessSpark;
    if (!hz || !sh) throw new Error('demo mode has an EMR instance per region');
    const withRuns = async (instance: typeof hz) => {
      const { items } = await instance.client.listWorkspaces({}, { maxResults: 100 });
      const all = await Promise.all(
        items.map(async (workspace) => ({
          workspace,
          runs: (
            await instance.client.listJobRuns(workspace.workspaceId, {}, { maxResults: 2 })
          ).items.slice(),
        })),
      );
      return all.filter((entry) => entry.runs.length === 2);
    };
    hangzhou = await withRuns(hz);
    expect(hangzhou.length).toBeGreaterThanOrEqual(2);
    const shanghai = await withRuns(sh);
    shanghaiRun = shanghai[0]?.runs[0] as JobRun;
    expect(shanghaiRun).toBeDefined();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('refetches a Workspace with every field, as the listing shows it, in one ListWorkspaces scan', async () => {
    const { workspace } = hangzhou[0] as { workspace: Workspace };
    const listed = await gw.run(EmrWorkspacesDocument, {
      first: 20,
      filter: { instances: [workspace.instanceId] },
    });
    const fromList = listed.data?.workspaces?.edges.find(
      (edge) => edge.node?.workspaceId === workspace.workspaceId,
    )?.node;
    gw.resetEmulators();
    const result = await gw.run(EmrWorkspaceNodeDocument, { id: workspaceId(workspace) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ __typename: 'Workspace', ...fromList });
    expect(result.data?.node).toMatchObject({
      instance: 'emr-cn-hangzhou',
      region: 'cn-hangzhou',
      provider: 'EMR_SERVERLESS_SPARK',
    });
    expect(gw.calls('emrServerlessSpark').map((call) => [call.operation, call.query.maxResults])).toEqual([
      ['ListWorkspaces', '100'],
    ]);
  });

  it('refetches a JobRun with GetJobRun; list-only usage metrics cost one filtered ListJobRuns, its workspace one scan', async () => {
    const { workspace, runs } = hangzhou[0] as { workspace: Workspace; runs: JobRun[] };
    const run = runs[0] as JobRun;
    const listed = await gw.run(EmrJobRunsDocument, { id: workspaceId(workspace), first: 1 });
    const fromList = listed.data?.node?.jobRuns?.edges[0]?.node;
    expect(fromList?.jobRunId).toBe(run.jobRunId);
    gw.resetEmulators();
    const result = await gw.run(EmrJobRunNodeDocument, { id: runId(run) });
    expect(result.errors).toBeUndefined();
    // Every field the listing has is the same when read back through GetJobRun (+ one ListJobRuns).
    expect(result.data?.node).toMatchObject({ __typename: 'JobRun', ...fromList });
    const node = nodeOfType(result.data?.node, 'JobRun');
    expect(node.workspace).toEqual({
      id: workspaceId(workspace),
      workspaceId: workspace.workspaceId,
      workspaceName: workspace.workspaceName,
    });
    expect(node.jobDriver).toMatchObject({ sparkSubmit: { entryPoint: expect.stringMatching(/^oss:\/\//) } });
    const calls = gw.calls('emrServerlessSpark');
    expect(calls.map((call) => call.operation).sort()).toEqual([
      'GetJobRun',
      'ListJobRuns',
      'ListWorkspaces',
    ]);
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')[0]?.query).toMatchObject({
      jobRunId: run.jobRunId,
      maxResults: '1',
    });
  });

  it('nodes(ids) of several JobRuns (and Workspaces) of one region: one GetJobRun per run, one ListWorkspaces scan in all', async () => {
    const runs = hangzhou.flatMap((entry) => entry.runs);
    const ids = [...runs.map(runId), workspaceId((hangzhou[1] as { workspace: Workspace }).workspace)];
    const result = await gw.run(EmrNodesDocument, { ids });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.nodes ?? [];
    expect(nodes.map(ownId)).toEqual([
      ...runs.map((run) => run.jobRunId),
      (hangzhou[1] as { workspace: Workspace }).workspace.workspaceId,
    ]);
    runs.forEach((run, i) =>
      expect(nodeOfType(nodes[i], 'JobRun').workspace.id).toBe(
        toGlobalId('Workspace', run.instanceId, [run.workspaceId]),
      ),
    );
    expect(gw.calls('emrServerlessSpark', 'GetJobRun')).toHaveLength(runs.length);
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(1);
    expect(gw.calls('emrServerlessSpark')).toHaveLength(runs.length + 1);
  });

  it('nodes(ids) across two regions: one scan per region', async () => {
    const run = (hangzhou[0] as { runs: JobRun[] }).runs[0] as JobRun;
    const result = await gw.run(EmrNodesDocument, { ids: [runId(run), runId(shanghaiRun)] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map(ownId)).toEqual([run.jobRunId, shanghaiRun.jobRunId]);
    const scans = gw
      .calls('emrServerlessSpark', 'ListWorkspaces')
      .map((call) => call.query.regionId)
      .sort();
    expect(scans).toEqual(['cn-hangzhou', 'cn-shanghai']);
  });

  it('ids of objects that do not exist are null with NOT_FOUND; ids naming an instance we do not have are BAD_USER_INPUT', async () => {
    const ghostWorkspace = toGlobalId('Workspace', 'emr-cn-hangzhou', ['w-0000000000000000']);
    const ghostRun = toGlobalId('JobRun', 'emr-cn-hangzhou', ['w-0000000000000000', 'jr-0000000000000000']);
    const result = await gw.run(EmrNodesDocument, { ids: [ghostWorkspace, ghostRun] });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code]).sort()).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
      [['nodes', 1], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes).toEqual([null, null]);
    const foreign = await gw.run(EmrWorkspaceNodeDocument, {
      id: toGlobalId('Workspace', 'emr-mars-1', ['w-1']),
    });
    expect(foreign.data?.node).toBeNull();
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});
