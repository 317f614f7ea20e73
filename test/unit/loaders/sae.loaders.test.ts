import type { SaeJobExecution, SaeJobTemplate } from '../../../src/domain/sae-job';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { createSaeLoaders } from '../../../src/loaders/sae.loaders';
import type { ProviderRegistry } from '../../../src/providers/provider-registry';
import type { SaeProvider } from '../../../src/providers/sae/sae.provider';

const template = (instanceId: string, appId: string): SaeJobTemplate =>
  ({ provider: 'SAE', instanceId, appId, appName: `name-${appId}` }) as SaeJobTemplate;

const upstreamError = (retryable: boolean) =>
  new UpstreamError({
    classification: retryable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR',
    provider: 'SAE',
    operation: 'ListJobs',
    code: null,
    requestId: null,
    retryable,
    message: 'SAE failed.',
  });

/** A fake SAE instance whose templates are `appIds`; `failWith` makes its lookups fail. */
function fakeInstance(id: string, appIds: readonly string[]) {
  const state: { failWith: Error | null } = { failWith: null };
  const client = {
    instanceId: id,
    breakerState: 'closed' as const,
    close: async () => {},
    getJobTemplatesByIds: jest.fn(async (ids: readonly string[]) => {
      if (state.failWith) throw state.failWith;
      return ids.map((appId) => (appIds.includes(appId) ? template(id, appId) : null));
    }),
    findJobTemplates: jest.fn(async (ids: readonly string[]) =>
      [...new Set(ids)].filter((appId) => appIds.includes(appId)).map((appId) => template(id, appId)),
    ),
    listJobTemplates: jest.fn(async () => ({
      items: appIds.map((appId) => template(id, appId)),
      totalCount: appIds.length,
    })),
    listJobExecutions: jest.fn(async () => ({ items: [], totalCount: 0 })),
    getJobExecution: jest.fn(
      async (appId: string, jobId: string) =>
        ({
          provider: 'SAE',
          instanceId: id,
          appId,
          jobId,
          name: jobId,
          appName: null,
        }) as unknown as SaeJobExecution,
    ),
  } satisfies SaeProvider;
  return {
    state,
    client,
    registered: {
      id,
      provider: 'SAE' as const,
      regionId: 'cn-hangzhou',
      client,
      breakerState: () => 'closed' as const,
    },
  };
}

function setUp() {
  const a = fakeInstance('a', ['a1', 'a2', 'a3']);
  const b = fakeInstance('b', ['b1', 'b2']);
  const registry = { sae: [a.registered, b.registered] } as unknown as ProviderRegistry;
  return { a, b, loaders: createSaeLoaders(registry) };
}

describe('SAE loaders', () => {
  it('batch every template lookup of a tick into one call per instance, answering in key order with null for unknown ids', async () => {
    const { a, b, loaders } = setUp();
    const keys = [
      { instanceId: 'b', appId: 'b2' },
      { instanceId: 'a', appId: 'a1' },
      { instanceId: 'a', appId: 'nope' },
      { instanceId: 'a', appId: 'a1' },
      { instanceId: 'b', appId: 'b1' },
    ];
    const found = await Promise.all(keys.map((key) => loaders.templatesById.load(key)));
    expect(found.map((t) => t?.appId ?? null)).toEqual(['b2', 'a1', null, 'a1', 'b1']);
    expect(a.client.getJobTemplatesByIds.mock.calls).toEqual([[['a1', 'nope']]]);
    expect(b.client.getJobTemplatesByIds.mock.calls).toEqual([[['b2', 'b1']]]);
  });

  it("fail only the failed instance's keys, retry a transient failure on the next load and keep a definite one", async () => {
    const { a, b, loaders } = setUp();
    a.state.failWith = upstreamError(true);
    const [fromA, fromB] = await Promise.allSettled([
      loaders.templatesById.load({ instanceId: 'a', appId: 'a1' }),
      loaders.templatesById.load({ instanceId: 'b', appId: 'b1' }),
    ]);
    expect(fromA).toMatchObject({ status: 'rejected', reason: a.state.failWith });
    expect(fromB).toMatchObject({ status: 'fulfilled', value: { appId: 'b1' } });
    a.state.failWith = null;
    await expect(loaders.templatesById.load({ instanceId: 'a', appId: 'a1' })).resolves.toMatchObject({
      appId: 'a1',
    });
    expect(a.client.getJobTemplatesByIds).toHaveBeenCalledTimes(2);

    b.state.failWith = upstreamError(false);
    await expect(loaders.templatesById.load({ instanceId: 'b', appId: 'b2' })).rejects.toBe(b.state.failWith);
    b.state.failWith = null;
    await expect(loaders.templatesById.load({ instanceId: 'b', appId: 'b2' })).rejects.toBeInstanceOf(
      UpstreamError,
    );
    expect(b.client.getJobTemplatesByIds).toHaveBeenCalledTimes(2);
  });

  it('dedupe identical pages whatever the key order of their arguments, and prime the template loader', async () => {
    const { a, loaders } = setUp();
    await Promise.all([
      loaders.templatePages.load({
        instanceId: 'a',
        filter: { namespaceId: 'n', appName: 'x' },
        page: { currentPage: 1, pageSize: 5 },
      }),
      loaders.templatePages.load({
        page: { pageSize: 5, currentPage: 1 },
        filter: { appName: 'x', namespaceId: 'n' },
        instanceId: 'a',
      }),
    ]);
    expect(a.client.listJobTemplates).toHaveBeenCalledTimes(1);
    await expect(loaders.templatesById.load({ instanceId: 'a', appId: 'a3' })).resolves.toMatchObject({
      appId: 'a3',
    });
    expect(a.client.getJobTemplatesByIds).not.toHaveBeenCalled();
  });

  it('serve every page and the total of an appIds listing from one lookup, and prime the template loader', async () => {
    const { a, loaders } = setUp();
    const filter = {
      namespaceId: 'n',
      field: { type: 'appIds' as const, value: ['a3', 'nope', 'a1', 'a2'] },
    };
    const pages = await Promise.all([
      loaders.templatePages.load({ instanceId: 'a', filter, page: { currentPage: 1, pageSize: 2 } }),
      loaders.templatePages.load({ instanceId: 'a', filter, page: { currentPage: 2, pageSize: 2 } }),
      loaders.templatePages.load({ instanceId: 'a', filter, page: { currentPage: 1, pageSize: 1 } }),
    ]);
    expect(pages.map((page) => [page.items.map((t) => t.appId), page.totalCount])).toEqual([
      [['a3', 'a1'], 3],
      [['a2'], 3],
      [['a3'], 3],
    ]);
    expect(a.client.findJobTemplates.mock.calls).toEqual([
      [['a3', 'nope', 'a1', 'a2'], { namespaceId: 'n' }],
    ]);
    expect(a.client.listJobTemplates).not.toHaveBeenCalled();
    await loaders.templatesById.load({ instanceId: 'a', appId: 'a2' });
    expect(a.client.getJobTemplatesByIds).not.toHaveBeenCalled();
  });

  it('name a refetched execution after its template, and answer null when the template is gone', async () => {
    const { a, loaders } = setUp();
    const [named, orphan] = await Promise.all([
      loaders.execution({ instanceId: 'a', appId: 'a2', jobId: 'manual-1' }),
      loaders.execution({ instanceId: 'a', appId: 'gone', jobId: 'manual-2' }),
    ]);
    expect(named).toMatchObject({ jobId: 'manual-1', name: 'name-a2', appName: 'name-a2' });
    expect(orphan).toBeNull();
    expect(a.client.getJobTemplatesByIds).toHaveBeenCalledTimes(1);
  });

  it('refuse an instance that is not configured', async () => {
    const { loaders } = setUp();
    await expect(loaders.templatesById.load({ instanceId: 'zz', appId: 'x' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
