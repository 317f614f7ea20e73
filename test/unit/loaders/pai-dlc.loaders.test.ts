import type { PaiJob } from '../../../src/domain/pai-job';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { createPaiDlcLoaders } from '../../../src/loaders/pai-dlc.loaders';
import type { PaiDlcProvider } from '../../../src/providers/pai-dlc/pai-dlc.provider';
import type { ProviderRegistry } from '../../../src/providers/provider-registry';

const job = (instanceId: string, jobId: string, origin: PaiJob['origin'] = 'ListJobs'): PaiJob =>
  ({ provider: 'PAI_DLC', instanceId, jobId, origin }) as PaiJob;

const failure = (retryable: boolean, operation = 'ListJobs') =>
  new UpstreamError({
    classification: retryable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR',
    provider: 'PAI_DLC',
    operation,
    code: null,
    requestId: null,
    retryable,
    message: 'PAI-DLC failed.',
  });

/** A fake PAI-DLC instance knowing `jobIds`; `failWith` fails its calls. */
function fakeInstance(id: string, jobIds: readonly string[]) {
  const state: { failWith: Error | null } = { failWith: null };
  const client = {
    instanceId: id,
    getJobsByIds: jest.fn(async (ids: readonly string[]) => {
      if (state.failWith) throw state.failWith;
      return ids.map((j) => (jobIds.includes(j) ? job(id, j) : null));
    }),
    listJobs: jest.fn(async () => {
      if (state.failWith) throw state.failWith;
      return { items: jobIds.map((j) => job(id, j)), totalCount: jobIds.length };
    }),
    getJob: jest.fn(async (j: string) => {
      if (state.failWith) throw state.failWith;
      return jobIds.includes(j) ? job(id, j, 'GetJob') : null;
    }),
  };
  const registered = {
    id,
    provider: 'PAI_DLC' as const,
    regionId: id,
    client: client as unknown as PaiDlcProvider,
    breakerState: () => 'closed' as const,
  };
  return { state, client, registered };
}

const registry = (...instances: ReturnType<typeof fakeInstance>[]) =>
  ({ paiDlc: instances.map((instance) => instance.registered) }) as unknown as ProviderRegistry;

describe('PAI-DLC loaders', () => {
  it('jobsById: one getJobsByIds per instance per tick, answers in key order, unknown ids null', async () => {
    const a = fakeInstance('a', ['j1', 'j2']);
    const b = fakeInstance('b', ['j3']);
    const loaders = createPaiDlcLoaders(registry(a, b));
    const answers = await Promise.all([
      loaders.jobsById.load({ instanceId: 'a', jobId: 'j2' }),
      loaders.jobsById.load({ instanceId: 'b', jobId: 'j3' }),
      loaders.jobsById.load({ instanceId: 'a', jobId: 'nope' }),
      loaders.jobsById.load({ instanceId: 'a', jobId: 'j1' }),
      loaders.jobsById.load({ jobId: 'j2', instanceId: 'a' }),
    ]);
    expect(answers.map((answer) => answer?.jobId ?? null)).toEqual(['j2', 'j3', null, 'j1', 'j2']);
    expect(a.client.getJobsByIds.mock.calls).toEqual([[['j2', 'nope', 'j1']]]);
    expect(b.client.getJobsByIds.mock.calls).toEqual([[['j3']]]);
  });

  it('a failed instance fails only its own keys; an unknown instance is BAD_USER_INPUT in its slots', async () => {
    const a = fakeInstance('a', ['j1']);
    const b = fakeInstance('b', ['j3']);
    b.state.failWith = failure(false);
    const loaders = createPaiDlcLoaders(registry(a, b));
    const settled = await Promise.allSettled([
      loaders.jobsById.load({ instanceId: 'a', jobId: 'j1' }),
      loaders.jobsById.load({ instanceId: 'b', jobId: 'j3' }),
      loaders.jobsById.load({ instanceId: 'zz', jobId: 'j1' }),
    ]);
    expect(settled[0]).toMatchObject({ status: 'fulfilled', value: { jobId: 'j1' } });
    expect(settled[1]).toMatchObject({ status: 'rejected', reason: { code: 'UPSTREAM_ERROR' } });
    expect(settled[2]).toMatchObject({ status: 'rejected', reason: { code: 'BAD_USER_INPUT' } });
  });

  it('jobPages: identical pages (in any key order) share one call, and prime jobsById', async () => {
    const a = fakeInstance('a', ['j1', 'j2']);
    const loaders = createPaiDlcLoaders(registry(a));
    const page = { pageNumber: 1, pageSize: 2, sortBy: 'GmtCreateTime' as const, order: 'desc' as const };
    await Promise.all([
      loaders.jobPages.load({ instanceId: 'a', filter: { jobType: 'TFJob', workspaceId: '1' }, page }),
      loaders.jobPages.load({ page, filter: { workspaceId: '1', jobType: 'TFJob' }, instanceId: 'a' }),
    ]);
    expect(a.client.listJobs).toHaveBeenCalledTimes(1);
    expect(await loaders.jobsById.load({ instanceId: 'a', jobId: 'j2' })).toMatchObject({ jobId: 'j2' });
    expect(a.client.getJobsByIds).not.toHaveBeenCalled();
  });

  it('jobDetails: one GetJob per job however often it is asked for; a transient failure is retried, a definite one kept', async () => {
    const a = fakeInstance('a', ['j1']);
    const loaders = createPaiDlcLoaders(registry(a));
    await Promise.all([1, 2, 3].map(() => loaders.jobDetails.load({ instanceId: 'a', jobId: 'j1' })));
    expect(a.client.getJob).toHaveBeenCalledTimes(1);

    a.state.failWith = failure(true, 'GetJob');
    const key = { instanceId: 'a', jobId: 'j1x' };
    await expect(loaders.jobDetails.load(key)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    a.state.failWith = null;
    expect(await loaders.jobDetails.load(key)).toBeNull();
    expect(a.client.getJob).toHaveBeenCalledTimes(3);

    a.state.failWith = failure(false, 'GetJob');
    const other = { instanceId: 'a', jobId: 'j2x' };
    await expect(loaders.jobDetails.load(other)).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
    a.state.failWith = null;
    await expect(loaders.jobDetails.load(other)).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
    expect(a.client.getJob).toHaveBeenCalledTimes(4);
  });

  it('a transient jobsById failure is retried by a later load in the same request', async () => {
    const a = fakeInstance('a', ['j1']);
    a.state.failWith = failure(true);
    const loaders = createPaiDlcLoaders(registry(a));
    await expect(loaders.jobsById.load({ instanceId: 'a', jobId: 'j1' })).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    a.state.failWith = null;
    expect(await loaders.jobsById.load({ instanceId: 'a', jobId: 'j1' })).toMatchObject({ jobId: 'j1' });
    expect(a.client.getJobsByIds).toHaveBeenCalledTimes(2);
  });
});
