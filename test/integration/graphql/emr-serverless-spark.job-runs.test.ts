import { toGlobalId } from '../../../src/domain/global-id';
import type { JobRun } from '../../../src/domain/job-run';
import type { Workspace } from '../../../src/domain/workspace';
import { EmrJobRunsDocument, type JobRunFilter } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('Workspace.jobRuns: every ListJobRuns field and filter', () => {
  let gw: TestGateway;
  let workspace: Workspace;
  let id: string;
  let runs: readonly JobRun[];
  let total: number;
  let otherId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    const [instance] = gw.providers.emrServerlessSpark;
    if (!instance) throw new Error('demo mode has EMR instances');
    const { items } = await instance.client.listWorkspaces({}, { maxResults: 100 });
    for (const candidate of items) {
      const page = await instance.client.listJobRuns(candidate.workspaceId, {}, { maxResults: 30 });
      if ((page.totalCount ?? 0) > 100) {
        workspace = candidate;
        runs = page.items;
        total = page.totalCount ?? 0;
        break;
      }
    }
    expect(runs.length).toBe(30);
    id = toGlobalId('Workspace', workspace.instanceId, [workspace.workspaceId]);
    const other = items.find((candidate) => candidate.workspaceId !== workspace.workspaceId) as Workspace;
    otherId = toGlobalId('Workspace', other.instanceId, [other.workspaceId]);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('serves every field of the ListJobRuns item, normalized and raw, in one call', async () => {
    const result = await gw.run(EmrJobRunsDocument, { id, first: 30 });
    expect(result.errors).toBeUndefined();
    const connection = result.data?.node?.jobRuns;
    expect(connection?.totalCount).toBe(total);
    expect(connection?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const wire: Record<string, string> = {
      Submitted: 'SUBMITTED',
      Pending: 'PENDING',
      Running: 'RUNNING',
      Success: 'SUCCESS',
      Failed: 'FAILED',
      Cancelling: 'CANCELLING',
      Cancelled: 'CANCELLED',
      CancelFailed: 'CANCEL_FAILED',
    };
    connection?.edges.forEach((edge, i) => {
      const run = runs[i] as JobRun;
      expect(edge.node).toEqual({
        id: toGlobalId('JobRun', run.instanceId, [run.workspaceId, run.jobRunId]),
        provider: 'EMR_SERVERLESS_SPARK',
        jobRunId: run.jobRunId,
        workspaceId: workspace.workspaceId,
        instance: workspace.instanceId,
        region: 'cn-hangzhou',
        name: run.name,
        status: run.status,
        providerStatus: run.providerStatus,
        state: wire[run.providerStatus],
        createdAt: iso(run.createdAt),
        startedAt: null,
        finishedAt: iso(run.finishedAt),
        durationMs: null,
        totalDurationMs: run.totalDurationMs,
        submitTime: iso(run.createdAt),
        endTime: iso(run.finishedAt),
        creator: run.creator,
        stateChangeReason: run.stateChangeReason,
        codeType: run.codeType,
        webUI: run.webUI,
        executionTimeoutSeconds: run.executionTimeoutSeconds,
        tags: run.tags,
        log: run.log,
        releaseVersion: run.releaseVersion,
        displayReleaseVersion: run.displayReleaseVersion,
        fusion: run.fusion,
        resourceQueueId: run.resourceQueueId,
        priority: run.priority,
        vcoreSeconds: run.vcoreSeconds,
        mbSeconds: run.mbSeconds,
        cuHours: run.cuHours,
      });
    });
    // node(id) of the workspace is one scan; the runs one page of 30; no GetJobRun for list fields.
    expect(gw.calls('emrServerlessSpark').map((call) => call.operation)).toEqual([
      'ListWorkspaces',
      'ListJobRuns',
    ]);
  });

  it('sends every filter in its documented wire form', async () => {
    const filter = {
      name: 'etl',
      creator: '1509789347011234',
      jobRunId: 'jr-1',
      tags: [{ key: 'env', value: 'prod' }],
      states: ['RUNNING', 'FAILED', 'CANCEL_FAILED'],
      statuses: ['FAILED'],
      submittedAfter: '2026-10-01T00:00:00.000Z',
      submittedBefore: '2026-10-31T00:00:00.000Z',
      endedAfter: '2026-10-02T00:00:00.000Z',
      endedBefore: '2026-10-30T00:00:00.000Z',
      resourceQueueId: 'dev_queue',
      jobRunDeploymentId: 'jd-1',
      minDurationMs: 60_000,
      isWorkflow: false,
      applicationConfigs: [{ key: 'spark.app.name', value: 'test' }],
      runtimeConfigs: [{ key: 'mainClass', value: 'yourClass' }],
    } satisfies JobRunFilter;
    const result = await gw.run(EmrJobRunsDocument, { id, first: 5, filter });
    expect(result.errors).toBeUndefined();
    const [call] = gw.calls('emrServerlessSpark', 'ListJobRuns');
    expect(call?.query).toEqual({
      regionId: 'cn-hangzhou',
      maxResults: '5',
      name: 'etl',
      creator: '1509789347011234',
      jobRunId: 'jr-1',
      tags: JSON.stringify([{ key: 'env', value: 'prod' }]),
      // states ∩ the states of FAILED (Failed alone: CancelFailed is UNKNOWN).
      states: JSON.stringify(['Failed']),
      startTime: JSON.stringify({
        startTime: Date.parse(filter.submittedAfter),
        endTime: Date.parse(filter.submittedBefore),
      }),
      endTime: JSON.stringify({
        startTime: Date.parse(filter.endedAfter),
        endTime: Date.parse(filter.endedBefore),
      }),
      resourceQueueId: 'dev_queue',
      jobRunDeploymentId: 'jd-1',
      minDuration: '60000',
      isWorkflow: 'false',
      applicationConfigs: JSON.stringify(filter.applicationConfigs),
      runtimeConfigs: JSON.stringify(filter.runtimeConfigs),
    });
  });

  it('filters by normalized status: every run returned has it, totalCount counts only those', async () => {
    const result = await gw.run(EmrJobRunsDocument, {
      id,
      first: 20,
      filter: { statuses: ['FAILED'] },
    });
    const connection = result.data?.node?.jobRuns;
    expect(connection?.edges.length).toBeGreaterThan(0);
    expect(connection?.edges.every((edge) => edge.node?.status === 'FAILED')).toBe(true);
    expect(connection?.totalCount).toBeLessThan(total);
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')[0]?.query.states).toBe('["Failed"]');
  });

  it('UNKNOWN lists the CancelFailed runs (a cancel that failed says nothing of where the run stands)', async () => {
    const result = await gw.run(EmrJobRunsDocument, { id, first: 20, filter: { statuses: ['UNKNOWN'] } });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.node?.jobRuns.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(
      edges.every((edge) => edge.node?.status === 'UNKNOWN' && edge.node.state === 'CANCEL_FAILED'),
    ).toBe(true);
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')[0]?.query.states).toBe('["CancelFailed"]');
  });

  it('a filter no state can match answers an empty page without calling ListJobRuns', async () => {
    const result = await gw.run(EmrJobRunsDocument, {
      id,
      first: 5,
      filter: { states: ['RUNNING'], statuses: ['FAILED'] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node?.jobRuns).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')).toHaveLength(0);
  });

  it.each([
    ['last', { last: 3 }, 'last'],
    ['before', { before: 'x' }, 'before'],
    ['first 0', { first: 0 }, 'first'],
    [
      'an inverted submit range',
      { filter: { submittedAfter: '2026-10-02T00:00:00Z', submittedBefore: '2026-10-01T00:00:00Z' } },
      'filter.submittedAfter',
    ],
    [
      'an empty configuration key',
      { filter: { runtimeConfigs: [{ key: '', value: 'x' }] } },
      'filter.runtimeConfigs',
    ],
  ])('refuses %s with BAD_USER_INPUT, without calling ListJobRuns', async (_name, variables, argument) => {
    const result = await gw.run(EmrJobRunsDocument, { id, ...variables });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(result.errors?.[0]?.path).toEqual(['node', 'jobRuns']);
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')).toHaveLength(0);
  });

  it("refuses a cursor of another workspace's list or another filter", async () => {
    const first = await gw.run(EmrJobRunsDocument, { id, first: 2 });
    const after = first.data?.node?.jobRuns.pageInfo.endCursor;
    const otherFilter = await gw.run(EmrJobRunsDocument, {
      id,
      first: 2,
      after,
      filter: { name: 'x' },
    });
    expect(otherFilter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const otherList = await gw.run(EmrJobRunsDocument, { id: otherId, first: 2, after });
    expect(otherList.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(otherList.data?.node).toBeNull();
  });
});
