import type { SaeProvider } from '../../../src/providers/sae/sae.provider';
import {
  SaeJobTemplateCountBesideTypenameDocument,
  SaeJobTemplateIdsDocument,
  SaeJobTemplatesDocument,
  type SaeJobTemplateIdsQueryVariables,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { expectedTemplate } from './sae-expectations';

describe('Query.saeJobTemplates', () => {
  let gw: TestGateway;
  let provider: SaeProvider;
  const ids = (variables: SaeJobTemplateIdsQueryVariables) => gw.run(SaeJobTemplateIdsDocument, variables);
  /** The templates of a page, every one of which must have arrived. */
  const nodesOf = <N>(
    page:
      | { readonly saeJobTemplates: { readonly edges: readonly { readonly node: N | null }[] } | null }
      | null
      | undefined,
  ) => arrived(page?.saeJobTemplates?.edges.map((edge) => edge.node));

  beforeAll(async () => {
    gw = await startTestGateway();
    provider = (gw.providers.sae[0] as { client: SaeProvider }).client;
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('answers every documented ListJobs field, typed, with instance, region and totalCount, in one call', async () => {
    const result = await gw.run(SaeJobTemplatesDocument, { first: 20 });
    expect(result.errors).toBeUndefined();
    expect(gw.calls('sae', 'ListJobs')).toHaveLength(1);
    const upstream = await provider.listJobTemplates({}, { currentPage: 1, pageSize: 20 });
    const connection = result.data?.saeJobTemplates;
    expect(connection?.edges.map((edge) => edge.node)).toEqual(
      upstream.items.map((template) => expectedTemplate(template, 'cn-hangzhou')),
    );
    expect(connection?.totalCount).toBe(upstream.totalCount);
    expect(connection?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('types TriggerConfig as a union: cron templates and HTTP templates both occur', async () => {
    const all = await gw.run(SaeJobTemplatesDocument, { first: 100 });
    expect(all.errors).toBeUndefined();
    const kinds = new Set(nodesOf(all.data).map((node) => node.trigger?.__typename ?? 'none'));
    expect([...kinds]).toEqual(expect.arrayContaining(['SaeCronTrigger', 'SaeHttpTrigger']));
  });

  it('maps namespaceId, appName and tags to NamespaceId, AppName and Tags', async () => {
    const all = nodesOf((await ids({ first: 100 })).data);
    const tag = all.find((node) => node.tags.length > 0)?.tags[0];
    if (!tag) throw new Error('the demo data has tagged templates');
    gw.resetEmulators();
    const filter = {
      namespaceId: 'cn-hangzhou:prod',
      appName: '-',
      tags: [{ key: tag.key, value: tag.value }],
    };
    const result = await ids({ first: 100, filter });
    expect(result.errors).toBeUndefined();
    const nodes = nodesOf(result.data);
    const expected = all.filter(
      (node) =>
        node.namespaceId === 'cn-hangzhou:prod' &&
        node.tags.some((t) => t.key === tag.key && t.value === tag.value),
    );
    expect(nodes.map((node) => node.appId)).toEqual(expected.map((node) => node.appId));
    const [call] = gw.calls('sae', 'ListJobs');
    expect(call?.query).toMatchObject({
      NamespaceId: 'cn-hangzhou:prod',
      AppName: '-',
      Tags: JSON.stringify([tag]),
    });
  });

  it('maps appIds to one FieldType=appIds ListJobs per distinct id, listed in the order given; an empty list matches nothing without a call', async () => {
    const some = nodesOf((await ids({ first: 6 })).data).slice(2, 5);
    const asked = [some[2], some[0], some[2], some[1]].map((node) => node?.appId ?? '');
    gw.resetEmulators();
    const result = await ids({ filter: { appIds: asked } });
    expect(nodesOf(result.data).map((node) => node.appId)).toEqual(
      [some[2], some[0], some[1]].map((n) => n?.appId),
    );
    const calls = gw.calls('sae', 'ListJobs');
    expect(calls.map((call) => call.query.FieldValue).sort()).toEqual(some.map((node) => node.appId).sort());
    for (const call of calls) expect(call.query).toMatchObject({ FieldType: 'appIds', PageSize: '1' });
    gw.resetEmulators();
    const none = await gw.run(SaeJobTemplatesDocument, { filter: { appIds: [] } });
    expect(none.data?.saeJobTemplates).toMatchObject({ edges: [], totalCount: 0 });
    expect(gw.calls('sae')).toHaveLength(0);
  });

  it('maps orderBy to OrderBy and Reverse (ascending)', async () => {
    const descending = nodesOf((await ids({ first: 100, orderBy: { field: 'RUNNING_INSTANCES' } })).data).map(
      (n) => n.active ?? 0,
    );
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    const ascending = nodesOf(
      (await ids({ first: 100, orderBy: { field: 'RUNNING_INSTANCES', ascending: true } })).data,
    ).map((n) => n.active ?? 0);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(gw.calls('sae', 'ListJobs').map((call) => [call.query.OrderBy, call.query.Reverse])).toEqual([
      ['running', 'false'],
      ['running', 'true'],
    ]);
  });

  it.each<[SaeJobTemplateIdsQueryVariables, string]>([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ last: 0 }, 'last'],
    [{ first: 2, last: 2 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { appIds: ['a,b'] } }, 'filter.appIds'],
    [{ filter: { appIds: ['a'] }, orderBy: { field: 'RUNNING_INSTANCES' } }, 'orderBy'],
    [{ filter: { tags: [{ key: '' }] } }, 'filter.tags'],
    [{ filter: { instances: ['nowhere'] } }, 'filter.instances'],
  ])('refuses %j with BAD_USER_INPUT on %s, without calling SAE', async (variables, argument) => {
    const result = await ids(variables);
    expect(result.data?.saeJobTemplates).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(gw.calls('sae')).toHaveLength(0);
  });

  it('refuses tampered cursors and cursors of another filter or list', async () => {
    const page = await ids({ first: 2 });
    const cursor = page.data?.saeJobTemplates?.edges[0]?.cursor ?? '';
    const tampered = cursor.slice(0, -2) + (cursor.endsWith('AA') ? 'BB' : 'AA');
    const foreign = await ids({ first: 2, after: cursor, filter: { namespaceId: 'cn-hangzhou:prod' } });
    const forged = await ids({ first: 2, after: tampered });
    for (const result of [foreign, forged]) {
      expect(result.data?.saeJobTemplates).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('an SAE outage nulls only saeJobTemplates, with UPSTREAM_UNAVAILABLE and the upstream details', async () => {
    gw.emulators.emulators.sae.addFault({
      operation: 'ListJobs',
      times: 3,
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'down',
    });
    const result = await gw.run(SaeJobTemplateCountBesideTypenameDocument, { first: 2 });
    expect(result.data).toEqual({ __typename: 'Query', saeJobTemplates: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['saeJobTemplates'],
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: { provider: 'SAE', operation: 'ListJobs', code: 'ServiceUnavailable' },
      },
    });
    expect(gw.calls('sae', 'ListJobs')).toHaveLength(3);
  });
});
