import type { GravitinoJob, GravitinoJobList } from '../../../src/domain/gravitino-job';
import type { GravitinoJobTemplate } from '../../../src/domain/gravitino-job-template';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { stableKey } from '../../../src/loaders/call-loader';
import { createGravitinoLoaders } from '../../../src/loaders/gravitino.loaders';
import type { ProviderRegistry } from '../../../src/providers/provider-registry';

/** The Gravitino loaders' contract over a fake provider: grouping, key order, error slots, cache hygiene. */

const job = (metalake: string, jobId: string, jobTemplateName = 'tpl'): GravitinoJob =>
  ({
    provider: 'GRAVITINO',
    instanceId: 'g',
    metalake,
    jobId,
    jobTemplateName,
    status: 'SUCCEEDED',
    providerStatus: 'succeeded',
  }) as GravitinoJob;
const template = (metalake: string, name: string): GravitinoJobTemplate =>
  ({ instanceId: 'g', metalake, name, jobType: 'SHELL' }) as GravitinoJobTemplate;
const upstream = (classification: 'UPSTREAM_UNAVAILABLE' | 'NOT_FOUND', retryable: boolean) =>
  new UpstreamError({
    provider: 'GRAVITINO',
    operation: 'listJobs',
    code: null,
    requestId: null,
    classification,
    retryable,
    message: 'failed',
  });

function setup() {
  const client = {
    getJobsByIds: jest.fn(async (metalake: string, ids: readonly string[]) =>
      ids.map((id) => (id.startsWith('job-') ? job(metalake, id) : null)),
    ),
    listJobs: jest.fn(async (metalake: string): Promise<GravitinoJobList> => ({
      jobs: [job(metalake, 'job-1', 'a'), job(metalake, 'job-2', 'b'), job(metalake, 'job-3', 'a')],
      statusCounts: [],
      statusCountsSource: 'UPSTREAM',
    })),
    listJobTemplates: jest.fn(async (metalake: string) => [template(metalake, 'a'), template(metalake, 'b')]),
    getJobTemplatesByNames: jest.fn(async (metalake: string, names: readonly string[]) =>
      names.map((name) => template(metalake, name)),
    ),
    listMetalakes: jest.fn(async () => []),
  };
  const providers = {
    gravitino: [{ id: 'g', metalakes: ['lake_a', 'lake_b'], client }],
  } as unknown as ProviderRegistry;
  return { client, loaders: createGravitinoLoaders(providers) };
}

describe('createGravitinoLoaders', () => {
  it('stableKey ignores key order and undefined members', () => {
    expect(stableKey({ b: 1, a: { d: undefined, c: [2, { f: 1, e: 0 }] } })).toBe(
      stableKey({ a: { c: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
  });

  it('batches job lookups into one call per metalake, answers in key order, refuses unconfigured metalakes in their slot', async () => {
    const { client, loaders } = setup();
    const keys = [
      { instanceId: 'g', metalake: 'lake_a', jobId: 'job-1' },
      { instanceId: 'g', metalake: 'lake_b', jobId: 'job-9' },
      { instanceId: 'g', metalake: 'other', jobId: 'job-1' },
      { instanceId: 'g', metalake: 'lake_a', jobId: 'nope' },
      { instanceId: 'x', metalake: 'lake_a', jobId: 'job-1' },
    ];
    const results = await loaders.jobs.loadMany(keys);
    expect(
      results.map((result) => (result instanceof Error ? result.constructor.name : (result?.jobId ?? null))),
    ).toEqual(['job-1', 'job-9', 'BadUserInputError', null, 'BadUserInputError']);
    expect(results[2]).toBeInstanceOf(BadUserInputError);
    expect(client.getJobsByIds.mock.calls).toEqual([
      ['lake_a', ['job-1', 'nope']],
      ['lake_b', ['job-9']],
    ]);
  });

  it('forgets transient failures (the next load retries) but keeps answers like NOT_FOUND', async () => {
    const { client, loaders } = setup();
    const key = { instanceId: 'g', metalake: 'lake_a', filter: {} };
    client.listJobs.mockRejectedValueOnce(upstream('UPSTREAM_UNAVAILABLE', true));
    await expect(loaders.jobLists.load(key)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    await expect(loaders.jobLists.load(key)).resolves.toMatchObject({ jobs: expect.any(Array) });
    expect(client.listJobs).toHaveBeenCalledTimes(2);

    const other = { instanceId: 'g', metalake: 'lake_b', filter: {} };
    client.listJobs.mockRejectedValueOnce(upstream('NOT_FOUND', false));
    await expect(loaders.jobLists.load(other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loaders.jobLists.load(other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(client.listJobs).toHaveBeenCalledTimes(3);
  });

  it('dedupes equal list arguments, primes jobs from lists and templates from template lists', async () => {
    const { client, loaders } = setup();
    const lists = await Promise.all([
      loaders.jobLists.load({
        instanceId: 'g',
        metalake: 'lake_a',
        filter: { sortBy: 'startedAt', sortOrder: 'asc' },
      }),
      loaders.jobLists.load({
        metalake: 'lake_a',
        filter: { sortOrder: 'asc', sortBy: 'startedAt', queuedAfter: undefined },
        instanceId: 'g',
      }),
    ]);
    expect(lists[0]).toBe(lists[1]);
    expect(await loaders.jobs.load({ instanceId: 'g', metalake: 'lake_a', jobId: 'job-2' })).toBe(
      lists[0]?.jobs[1],
    );
    await loaders.templateLists.load({ instanceId: 'g', metalake: 'lake_a' });
    await loaders.templates.loadMany([
      { instanceId: 'g', metalake: 'lake_a', name: 'a' },
      { instanceId: 'g', metalake: 'lake_a', name: 'zzz' },
    ]);
    expect(client.listJobs).toHaveBeenCalledTimes(1);
    expect(client.getJobsByIds).not.toHaveBeenCalled();
    expect(client.listJobTemplates).toHaveBeenCalledTimes(1);
    expect(client.getJobTemplatesByNames).not.toHaveBeenCalled();
  });

  it("splits several templates' runs from one list, with counts per status", async () => {
    const { client, loaders } = setup();
    const [a, b] = await Promise.all(
      ['a', 'b'].map((jobTemplateName) =>
        loaders.templateJobLists.load({ instanceId: 'g', metalake: 'lake_a', filter: {}, jobTemplateName }),
      ),
    );
    expect(a?.jobs.map((entry) => entry.jobId)).toEqual(['job-1', 'job-3']);
    expect(b?.jobs.map((entry) => entry.jobId)).toEqual(['job-2']);
    expect(a?.statusCounts.find((count) => count.providerStatus === 'succeeded')?.count).toBe(2);
    expect(a?.statusCounts.map((count) => count.providerStatus)).toEqual([
      'queued',
      'started',
      'failed',
      'succeeded',
      'cancelling',
      'cancelled',
    ]);
    expect(client.listJobs.mock.calls).toEqual([['lake_a', {}]]);
    await loaders.templateJobLists.load({
      instanceId: 'g',
      metalake: 'lake_b',
      filter: {},
      jobTemplateName: 'a',
    });
    expect(client.listJobs.mock.calls[1]).toEqual(['lake_b', { jobTemplateName: 'a' }]);
  });
});
