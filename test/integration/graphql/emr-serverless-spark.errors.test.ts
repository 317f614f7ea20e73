import { toGlobalId } from '../../../src/domain/global-id';
import type { JobRun } from '../../../src/domain/job-run';
import {
  EmrJobRunsWithDetailsDocument,
  EmrNodesDocument,
  EmrWorkspacesBesideSaeDocument,
  EmrWorkspacesWithRunsDocument,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** Fails the next `times` calls of one EMR operation with a 503 (maxAttempts is 3: one logical call). */
function unavailable(gw: TestGateway, operation: string, times = 3): void {
  gw.emulators.emulators.emrServerlessSpark.addFault({
    operation,
    times,
    kind: 'status',
    status: 503,
    code: 'ServiceUnavailable',
    message: 'The service is temporarily unavailable.',
  });
}

const upstreamUnavailable = (operation: string) => ({
  code: 'UPSTREAM_UNAVAILABLE',
  upstream: expect.objectContaining({
    provider: 'EMR_SERVERLESS_SPARK',
    operation,
    code: 'ServiceUnavailable',
  }),
});

describe('EMR Serverless Spark failures null only what depends on them', () => {
  let gw: TestGateway;
  let run: JobRun;

  beforeAll(async () => {
    gw = await startTestGateway();
    const [instance] = gw.providers.emrServerlessSpark;
    if (!instance) throw new Error('demo mode has EMR instances');
    for (const workspace of (await instance.client.listWorkspaces({}, { maxResults: 100 })).items) {
      const [first] = (await instance.client.listJobRuns(workspace.workspaceId, {}, { maxResults: 1 })).items;
      if (first) {
        run = first;
        break;
      }
    }
    expect(run).toBeDefined();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('ListWorkspaces down: workspaces is null with a typed error, SAE data still arrives', async () => {
    unavailable(gw, 'ListWorkspaces');
    const result = await gw.run(EmrWorkspacesBesideSaeDocument);
    expect(result.data?.workspaces).toBeNull();
    expect(result.data?.saeJobTemplates?.nodes.length).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['workspaces']);
    expect(result.errors?.[0]?.extensions).toMatchObject(upstreamUnavailable('ListWorkspaces'));
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(3);
  });

  it("ListJobRuns down: only that workspace's entry is null; the list itself arrives", async () => {
    unavailable(gw, 'ListJobRuns');
    const result = await gw.run(EmrWorkspacesWithRunsDocument, { first: 1, runs: 2 });
    expect(result.data?.workspaces?.nodes).toEqual([null]);
    expect(result.errors?.[0]?.path).toEqual(['workspaces', 'nodes', 0, 'jobRuns']);
    expect(result.errors?.[0]?.extensions).toMatchObject(upstreamUnavailable('ListJobRuns'));
  });

  it('GetJobRun down: the GetJobRun-only fields of that run are null with the error; its list fields arrive', async () => {
    const workspaceId = toGlobalId('Workspace', run.instanceId, [run.workspaceId]);
    unavailable(gw, 'GetJobRun');
    const result = await gw.run(EmrJobRunsWithDetailsDocument, { id: workspaceId, first: 1 });
    const [node] = result.data?.node?.jobRuns?.nodes ?? [];
    expect(node).toMatchObject({
      jobDriver: null,
      configurationOverrides: null,
      environmentId: null,
      notebookAccessUrl: null,
    });
    expect(node?.id).toBe(toGlobalId('JobRun', run.instanceId, [run.workspaceId, run.jobRunId]));
    // One logical GetJobRun (three attempts) shared by the four fields, each reporting it.
    expect(gw.calls('emrServerlessSpark', 'GetJobRun')).toHaveLength(3);
    expect(result.errors?.map((error) => error.path?.at(-1)).sort()).toEqual([
      'configurationOverrides',
      'environmentId',
      'jobDriver',
      'notebookAccessUrl',
    ]);
    for (const error of result.errors ?? [])
      expect(error.extensions).toMatchObject(upstreamUnavailable('GetJobRun'));
  });

  it('a failed refetch releases the workspace lookups waiting on it', async () => {
    unavailable(gw, 'GetJobRun');
    const failing = toGlobalId('JobRun', run.instanceId, [run.workspaceId, run.jobRunId]);
    const workspace = toGlobalId('Workspace', run.instanceId, [run.workspaceId]);
    const result = await gw.run(EmrNodesDocument, { ids: [failing, workspace] });
    expect(result.data?.nodes[0]).toBeNull();
    expect(result.data?.nodes[1]).toMatchObject({
      __typename: 'Workspace',
      id: workspace,
      workspaceId: run.workspaceId,
    });
    expect(result.errors?.map((error) => error.path)).toEqual([['nodes', 0]]);
    expect(result.errors?.[0]?.extensions).toMatchObject(upstreamUnavailable('GetJobRun'));
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(1);
  });
});
