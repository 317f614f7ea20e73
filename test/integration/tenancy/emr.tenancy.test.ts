import { toGlobalId } from '../../../src/domain/global-id';
import {
  EmrTenancyNodeDocument,
  EmrTenancyRunsDocument,
  EmrTenancyWorkspacesDocument,
  NodeIdsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { walkForward } from '../../helpers/connection-walk';
import { errorShape, useTenancyGateway } from '../../helpers/tenancy-gateway';
import { installDemoTenants } from './tenancy-tenants';

const workspaceNodeId = (instance: string, workspaceId: string) =>
  toGlobalId('Workspace', instance, [workspaceId]);

describe('tenancy: EMR Serverless Spark workspaces and job runs', () => {
  const t = useTenancyGateway({ setup: installDemoTenants });

  /** Every workspace a tenant can page through with `first`, and the totalCount of the first page. */
  async function walk(tenant: string, first: number): Promise<{ ids: string[]; totalCount: number | null }> {
    let totalCount: number | null | undefined;
    const nodes = await walkForward(
      async (args) => {
        const page = await t.as(tenant, EmrTenancyWorkspacesDocument, args);
        expect(page.errors).toBeUndefined();
        const connection = page.data?.workspaces;
        if (!connection) throw new Error('no page');
        totalCount ??= connection.totalCount;
        return connection;
      },
      first,
      { maxPages: 50 },
    );
    return { ids: nodes.map((node) => node.workspaceId), totalCount: totalCount ?? null };
  }

  it('the unlimited tenant sees every workspace and the exact total, as the anonymous demo tenant does', async () => {
    const root = await walk('root', 100);
    const anonymous = await t.as(undefined, EmrTenancyWorkspacesDocument, { first: 100 });
    expect(anonymous.data?.workspaces?.nodes.map((node) => node?.workspaceId)).toEqual(root.ids);
    expect(root.totalCount).toBe(anonymous.data?.workspaces?.totalCount);
    expect(root.ids).toEqual(
      expect.arrayContaining([...t.fixture.hangzhouWorkspaces, t.fixture.beijingWorkspace]),
    );
  });

  it.each([1, 3, 100])(
    'a limited tenant pages (first: %i) through its granted workspaces only; totalCount is null, never the upstream total',
    async (first) => {
      expect(await walk('alpha', first)).toEqual({
        ids: [t.fixture.hangzhouWorkspaces[0]],
        totalCount: null,
      });
      expect(await walk('beta', first)).toEqual({
        ids: [t.fixture.hangzhouWorkspaces[1], t.fixture.beijingWorkspace],
        totalCount: null,
      });
      expect(await walk('none', first)).toEqual({ ids: [], totalCount: null });
    },
  );

  it('an ungranted region or instance is never called', async () => {
    await walk('alpha', 100);
    const regions = new Set(t.gw.calls('emrServerlessSpark').map((call) => call.query.regionId));
    expect([...regions]).toEqual(['cn-hangzhou']);
    t.gw.resetEmulators();
    await walk('beta', 100);
    expect(new Set(t.gw.calls('emrServerlessSpark').map((call) => call.query.regionId))).toEqual(
      new Set(['cn-hangzhou', 'cn-beijing']),
    );
    t.gw.resetEmulators();
    expect(await walk('blind', 100)).toEqual({ ids: [], totalCount: 0 });
    expect(t.gw.calls('emrServerlessSpark')).toEqual([]);
  });

  it('filter.instances naming an ungranted instance is refused exactly like an unconfigured one, with no call', async () => {
    const ungranted = await t.as('alpha', EmrTenancyWorkspacesDocument, {
      first: 5,
      filter: { instances: ['emr-cn-shanghai'] },
    });
    const unknown = await t.as('alpha', EmrTenancyWorkspacesDocument, {
      first: 5,
      filter: { instances: ['emr-mars-1'] },
    });
    expect(ungranted.data).toEqual({ workspaces: null });
    expect(errorShape(ungranted, ['emr-cn-shanghai'])).toEqual(errorShape(unknown, ['emr-mars-1']));
    expect(errorShape(unknown)[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const otherRegion = await t.as('alpha', EmrTenancyWorkspacesDocument, {
      first: 5,
      filter: { regions: ['cn-beijing'] },
    });
    expect(otherRegion.data?.workspaces?.nodes).toEqual([]);
    expect(t.gw.calls('emrServerlessSpark')).toEqual([]);
  });

  it("node(id) and nodes(ids) of another tenant's workspace or run are null with the NOT_FOUND of a missing one", async () => {
    const [mine, theirs] = t.fixture.hangzhouWorkspaces;
    const runs = await t.as('root', EmrTenancyRunsDocument, {
      id: workspaceNodeId('emr-cn-hangzhou', theirs),
    });
    const theirRun = runs.data?.node?.jobRuns?.nodes[0]?.id ?? '';
    const ghostWorkspace = workspaceNodeId('emr-cn-hangzhou', 'w-0000000000000000');
    const ghostRun = toGlobalId('JobRun', 'emr-cn-hangzhou', ['w-0000000000000000', 'jr-0000000000000000']);
    for (const [refused, missing] of [
      [workspaceNodeId('emr-cn-hangzhou', theirs), ghostWorkspace],
      [theirRun, ghostRun],
    ] as const) {
      const asAlpha = await t.as('alpha', EmrTenancyNodeDocument, { id: refused });
      const asMissing = await t.as('alpha', EmrTenancyNodeDocument, { id: missing });
      expect(asAlpha.data).toEqual({ node: null });
      expect(errorShape(asAlpha, [refused])).toEqual(errorShape(asMissing, [missing]));
      expect(errorShape(asMissing)[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      // The owner reads it.
      expect((await t.as('beta', EmrTenancyNodeDocument, { id: refused })).data?.node?.id).toBe(refused);
    }
    const ids = [
      workspaceNodeId('emr-cn-hangzhou', mine),
      workspaceNodeId('emr-cn-hangzhou', theirs),
      theirRun,
    ];
    const nodes = await t.as('alpha', NodeIdsDocument, { ids });
    expect(nodes.data?.nodes).toEqual([{ id: ids[0] }, null, null]);
    expect(nodes.errors?.map((error) => [error.path, error.extensions?.code]).sort()).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
  });

  it('an id in an ungranted region is refused exactly like an id of an unconfigured instance, with no call', async () => {
    const shanghai = workspaceNodeId('emr-cn-shanghai', 'w-0000000000000001');
    const mars = workspaceNodeId('emr-mars-1', 'w-0000000000000001');
    const refused = await t.as('alpha', EmrTenancyNodeDocument, { id: shanghai });
    const unknown = await t.as('alpha', EmrTenancyNodeDocument, { id: mars });
    expect(refused.data).toEqual({ node: null });
    expect(errorShape(refused, [shanghai])).toEqual(errorShape(unknown, [mars]));
    expect(t.gw.calls('emrServerlessSpark')).toEqual([]);
  });

  it("a granted workspace's runs and their workspace link stay inside the grant", async () => {
    const mine = workspaceNodeId('emr-cn-hangzhou', t.fixture.hangzhouWorkspaces[0]);
    const runs = await t.as('alpha', EmrTenancyRunsDocument, { id: mine });
    expect(runs.errors).toBeUndefined();
    expect(runs.data?.node?.jobRuns?.nodes.length).toBe(5);
    for (const run of arrived(runs.data?.node?.jobRuns?.nodes)) {
      expect(run.workspace.workspaceId).toBe(t.fixture.hangzhouWorkspaces[0]);
    }
    // Only the granted workspace's runs were listed.
    const listed = t.gw.calls('emrServerlessSpark', 'ListJobRuns').map((call) => call.path);
    expect(listed.length).toBeGreaterThan(0);
    expect(
      listed.filter((path) => !path.includes(`/workspaces/${t.fixture.hangzhouWorkspaces[0]}/`)),
    ).toEqual([]);
  });
});
