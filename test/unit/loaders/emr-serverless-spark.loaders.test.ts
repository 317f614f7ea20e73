import type { JobRun } from '../../../src/domain/job-run';
import type { Workspace } from '../../../src/domain/workspace';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { createEmrServerlessSparkLoaders } from '../../../src/loaders/emr-serverless-spark.loaders';
import type { EmrServerlessSparkProvider } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import type { ProviderRegistry } from '../../../src/providers/provider-registry';

const workspace = (instanceId: string, workspaceId: string): Workspace =>
  ({ provider: 'EMR_SERVERLESS_SPARK', instanceId, workspaceId, workspaceName: workspaceId }) as Workspace;

const jobRun = (instanceId: string, workspaceId: string, jobRunId: string): JobRun =>
  ({ provider: 'EMR_SERVERLESS_SPARK', instanceId, workspaceId, jobRunId, origin: 'ListJobRuns' }) as JobRun;

const unavailable = (retryable: boolean) =>
  new UpstreamError({
    classification: retryable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR',
    provider: 'EMR_SERVERLESS_SPARK',
    operation: 'ListWorkspaces',
    code: null,
    requestId: null,
    retryable,
    message: 'EMR failed.',
  });

/** A fake EMR instance holding `workspaceIds`, each with two runs; `failWith` fails its scans. */
function fakeInstance(id: string, workspaceIds: readonly string[]) {
  const state: { failWith: Error | null; release: Promise<void> } = {
    failWith: null,
    release: Promise.resolve(),
  };
  const client = {
    getWorkspacesByIds: jest.fn(async (ids: readonly string[]) => {
      if (state.failWith) throw state.failWith;
      return ids.map((w) => (workspaceIds.includes(w) ? workspace(id, w) : null));
    }),
    listWorkspaces: jest.fn(async () => ({
      items: workspaceIds.map((w) => workspace(id, w)),
      nextToken: null,
      totalCount: workspaceIds.length,
    })),
    listJobRuns: jest.fn(async (w: string) => ({
      items: [jobRun(id, w, 'jr-1'), jobRun(id, w, 'jr-2')],
      nextToken: null,
      totalCount: 2,
    })),
    getJobRun: jest.fn(async (w: string, r: string) => {
      await state.release;
      return { ...jobRun(id, w, r), origin: 'GetJobRun' as const };
    }),
  };
  const registered = {
    id,
    provider: 'EMR_SERVERLESS_SPARK' as const,
    regionId: id,
    client: client as unknown as EmrServerlessSparkProvider,
    breakerState: () => 'closed' as const,
  };
  return { state, client, registered };
}

function setUp() {
  const hz = fakeInstance('hz', ['w-1', 'w-2']);
  const sh = fakeInstance('sh', ['w-9']);
  const registry = { emrServerlessSpark: [hz.registered, sh.registered] } as unknown as ProviderRegistry;
  return { hz, sh, loaders: createEmrServerlessSparkLoaders(registry) };
}

describe('createEmrServerlessSparkLoaders', () => {
  it('batches workspace lookups into one scan per instance, in key order, null for unknown ids', async () => {
    const { hz, sh, loaders } = setUp();
    const results = await Promise.all([
      loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-2' }),
      loaders.workspacesById.load({ instanceId: 'sh', workspaceId: 'w-9' }),
      loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-404' }),
      loaders.workspacesById.load({ workspaceId: 'w-1', instanceId: 'hz' }),
    ]);
    expect(results.map((w) => w?.workspaceId ?? null)).toEqual(['w-2', 'w-9', null, 'w-1']);
    expect(hz.client.getWorkspacesByIds).toHaveBeenCalledTimes(1);
    expect(hz.client.getWorkspacesByIds).toHaveBeenCalledWith(['w-2', 'w-404', 'w-1']);
    expect(sh.client.getWorkspacesByIds).toHaveBeenCalledTimes(1);
  });

  it('listings prime the workspace and listed-run loaders, so lookups of listed objects cost nothing', async () => {
    const { hz, loaders } = setUp();
    await loaders.workspacePages.load({ instanceId: 'hz', filter: {}, page: { maxResults: 10 } });
    await loaders.jobRunPages.load({
      instanceId: 'hz',
      workspaceId: 'w-1',
      filter: {},
      page: { maxResults: 2 },
    });
    expect((await loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-2' }))?.workspaceId).toBe(
      'w-2',
    );
    expect(
      (await loaders.listedJobRuns.load({ instanceId: 'hz', workspaceId: 'w-1', jobRunId: 'jr-2' }))
        ?.jobRunId,
    ).toBe('jr-2');
    expect(hz.client.getWorkspacesByIds).not.toHaveBeenCalled();
    expect(hz.client.listJobRuns).toHaveBeenCalledTimes(1);
  });

  it('dedupes identical calls whatever the key order of their arguments', async () => {
    const { hz, loaders } = setUp();
    await Promise.all([
      loaders.jobRunPages.load({
        instanceId: 'hz',
        workspaceId: 'w-1',
        filter: { name: 'a', creator: 'u' },
        page: { maxResults: 5 },
      }),
      loaders.jobRunPages.load({
        page: { maxResults: 5 },
        filter: { creator: 'u', name: 'a' },
        workspaceId: 'w-1',
        instanceId: 'hz',
      }),
      loaders.jobRunDetails.load({ instanceId: 'hz', workspaceId: 'w-1', jobRunId: 'jr-1' }),
      loaders.jobRunDetails.load({ jobRunId: 'jr-1', workspaceId: 'w-1', instanceId: 'hz' }),
    ]);
    expect(hz.client.listJobRuns).toHaveBeenCalledTimes(1);
    expect(hz.client.getJobRun).toHaveBeenCalledTimes(1);
  });

  it("a failed scan fails only its instance's keys; a transient failure is not cached, a definite one is", async () => {
    const { hz, loaders } = setUp();
    hz.state.failWith = unavailable(true);
    const [failed, other] = await Promise.allSettled([
      loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-1' }),
      loaders.workspacesById.load({ instanceId: 'sh', workspaceId: 'w-9' }),
    ]);
    expect(failed).toMatchObject({ status: 'rejected', reason: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(other).toMatchObject({ status: 'fulfilled', value: { workspaceId: 'w-9' } });
    hz.state.failWith = unavailable(false);
    await expect(loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-1' })).rejects.toMatchObject(
      { code: 'UPSTREAM_ERROR' },
    );
    hz.state.failWith = null;
    await expect(loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-1' })).rejects.toMatchObject(
      { code: 'UPSTREAM_ERROR' },
    );
    expect(hz.client.getWorkspacesByIds).toHaveBeenCalledTimes(2);
  });

  it('holds workspace lookups back until in-flight GetJobRun calls settle, so they share one scan', async () => {
    const { hz, loaders } = setUp();
    let release!: () => void;
    hz.state.release = new Promise((resolve) => (release = resolve));
    const lookups: Promise<unknown>[] = [];
    // Each run's workspace is looked up only once its GetJobRun answers, as JobRun.workspace does.
    const runs = ['jr-1', 'jr-2'].map(async (jobRunId, i) => {
      const run = await loaders.jobRunDetails.load({ instanceId: 'hz', workspaceId: `w-${i + 1}`, jobRunId });
      lookups.push(loaders.workspacesById.load({ instanceId: 'hz', workspaceId: run?.workspaceId ?? '' }));
    });
    lookups.push(loaders.workspacesById.load({ instanceId: 'hz', workspaceId: 'w-1' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hz.client.getWorkspacesByIds).not.toHaveBeenCalled();
    release();
    await Promise.all(runs);
    await Promise.all(lookups);
    expect(hz.client.getWorkspacesByIds).toHaveBeenCalledTimes(1);
    expect(hz.client.getWorkspacesByIds).toHaveBeenCalledWith(['w-1', 'w-2']);
  });

  it('refuses an instance that is not configured', async () => {
    const { loaders } = setUp();
    await expect(
      loaders.workspacesById.load({ instanceId: 'mars', workspaceId: 'w-1' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      loaders.jobRunDetails.load({ instanceId: 'mars', workspaceId: 'w-1', jobRunId: 'jr-1' }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
