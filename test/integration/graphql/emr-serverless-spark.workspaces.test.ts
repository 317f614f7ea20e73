import { toGlobalId } from '../../../src/domain/global-id';
import type { Workspace } from '../../../src/domain/workspace';
import {
  EmrWorkspaceCountDocument,
  EmrWorkspaceIdsDocument,
  EmrWorkspacesDocument,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('Query.workspaces over every configured EMR instance (demo mode: one per region)', () => {
  let gw: TestGateway;
  /** Every workspace, instances in config order, each as its own ListWorkspaces returns them. */
  let all: Workspace[];

  beforeAll(async () => {
    gw = await startTestGateway();
    all = [];
    for (const instance of gw.providers.emrServerlessSpark) {
      all.push(...(await instance.client.listWorkspaces({}, { maxResults: 100 })).items);
    }
    expect(all.length).toBeGreaterThan(10);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('lists every instance in config order with every documented field typed', async () => {
    const result = await gw.run(EmrWorkspacesDocument, { first: 100 });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.workspaces?.edges ?? [];
    expect(edges.map((edge) => edge.node?.workspaceId)).toEqual(all.map((w) => w.workspaceId));
    expect(result.data?.workspaces?.totalCount).toBe(all.length);
    expect(result.data?.workspaces?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    for (const [i, edge] of edges.entries()) {
      const domain = all[i] as Workspace;
      expect(edge.node).toMatchObject({
        provider: 'EMR_SERVERLESS_SPARK',
        instance: domain.instanceId,
        region: domain.regionId,
        workspaceName: domain.workspaceName,
        createTime: domain.createTime === null ? null : new Date(domain.createTime).toISOString(),
        tags: domain.tags,
      });
    }
    // Subscription workspaces carry their quota with its JSON resource strings parsed.
    const quota = edges.map((edge) => edge.node?.prePaidQuota ?? null).find((q) => q !== null);
    expect(quota?.maxResource).toMatchObject({
      parsed: true,
      cpu: expect.any(String),
      memory: expect.any(String),
      raw: expect.any(String),
    });
    expect(quota?.expireTime).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    // A page of 100 across seven instances: one ListWorkspaces each, and the totals come with them.
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(
      gw.providers.emrServerlessSpark.length,
    );
  });

  it("totalCount sums the instances: the page's own total plus one one-item ListWorkspaces per instance it did not reach", async () => {
    const result = await gw.run(EmrWorkspaceCountDocument, {});
    expect(result.data?.workspaces?.totalCount).toBe(all.length);
    const sizes = gw.calls('emrServerlessSpark', 'ListWorkspaces').map((call) => call.query.maxResults);
    expect(sizes).toEqual(Array<string>(gw.providers.emrServerlessSpark.length).fill('1'));
    gw.resetEmulators();
    const one = await gw.run(EmrWorkspaceCountDocument, {
      filter: { regions: ['cn-shanghai'] },
    });
    expect(one.data?.workspaces?.totalCount).toBe(all.filter((w) => w.regionId === 'cn-shanghai').length);
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(1);
  });

  it('maps every ListWorkspaces filter onto the wire and selects instances by id or region', async () => {
    const target = all.find((w) => w.tags.length > 0 && w.workspaceStatus !== null) as Workspace;
    const tag = target.tags[0] as { key: string; value: string };
    const filter = {
      instances: [target.instanceId],
      name: (target.workspaceName ?? '').slice(0, 4),
      state: target.workspaceStatus,
      tags: [tag],
      resourceGroupId: target.resourceGroupId,
    };
    const result = await gw.run(EmrWorkspacesDocument, { first: 10, filter });
    expect(result.errors).toBeUndefined();
    expect(result.data?.workspaces?.edges.map((edge) => edge.node?.workspaceId)).toContain(
      target.workspaceId,
    );
    const calls = gw.calls('emrServerlessSpark', 'ListWorkspaces');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query).toMatchObject({
      regionId: target.regionId,
      name: filter.name,
      state: target.workspaceStatus,
      tag: JSON.stringify([tag]),
      ...(target.resourceGroupId ? { resourceGroupId: target.resourceGroupId } : {}),
    });
    const byRegion = await gw.run(EmrWorkspaceIdsDocument, {
      first: 100,
      filter: { regions: ['us-east-1', 'cn-beijing'] },
    });
    // Config order, not the filter's order: cn-beijing comes before us-east-1 in demo mode.
    const expected = all
      .filter((w) => w.regionId === 'cn-beijing')
      .concat(all.filter((w) => w.regionId === 'us-east-1'));
    expect(byRegion.data?.workspaces?.edges.map((edge) => edge.node?.id)).toEqual(
      expected.map((w) => toGlobalId('Workspace', w.instanceId, [w.workspaceId])),
    );
  });

  it.each([
    ['last', { last: 2 }, 'last'],
    ['before', { before: 'x' }, 'before'],
    ['first out of range', { first: 101 }, 'first'],
    ['an unknown instance', { filter: { instances: ['emr-nowhere'] } }, 'filter.instances'],
    ['an empty tag key', { filter: { tags: [{ key: ' ', value: 'v' }] } }, 'filter.tags'],
    ['a tampered cursor', { after: 'c1.e30.AAAAAAAAAAAAAAAAAAAAAA' }, 'after'],
  ])('refuses %s with BAD_USER_INPUT and no upstream call', async (_name, variables, argument) => {
    const result = await gw.run(EmrWorkspacesDocument, variables);
    expect(result.data?.workspaces).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
  });

  it('last/before says why: the upstream pages forward only', async () => {
    const result = await gw.run(EmrWorkspacesDocument, { last: 2 });
    expect(result.errors?.[0]?.message).toMatch(/forward/);
  });

  it('refuses a cursor issued for another filter', async () => {
    const first = await gw.run(EmrWorkspaceIdsDocument, { first: 2 });
    const after = first.data?.workspaces?.edges[1]?.cursor;
    expect(after).toBeDefined();
    const result = await gw.run(EmrWorkspaceIdsDocument, {
      first: 2,
      after,
      filter: { name: 'spark' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
