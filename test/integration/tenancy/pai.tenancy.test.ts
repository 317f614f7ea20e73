import { toGlobalId } from '../../../src/domain/global-id';
import {
  NodeByIdDocument,
  PaiTenancyJobsDocument,
  type PaiJobFilter,
  type PaiTenancyJobsQueryVariables,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { walkConnection } from '../../helpers/connection-walk';
import { errorShape, useTenancyGateway } from '../../helpers/tenancy-gateway';
import { ALPHA_PAI_WORKSPACE, installDemoTenants } from './tenancy-tenants';

describe('tenancy: PAI-DLC jobs and pods', () => {
  const t = useTenancyGateway({ setup: installDemoTenants });

  const page = async (tenant: string, variables: PaiTenancyJobsQueryVariables) => {
    const response = await t.as(tenant, PaiTenancyJobsDocument, variables);
    expect(response.errors).toBeUndefined();
    const connection = response.data?.paiJobs;
    if (!connection) throw new Error('no page');
    return connection;
  };

  /** The whole list, paged forward `first` at a time (or backward `last` at a time). */
  const walk = (tenant: string, size: number, backward = false, filter?: PaiJobFilter) =>
    walkConnection((args) => page(tenant, { ...args, filter }), size, { backward });

  it('a tenant with one PAI workspace lists, counts and pages exactly that workspace, pushed down as WorkspaceId', async () => {
    const reference = await walk('root', 50, false, { workspaceId: ALPHA_PAI_WORKSPACE });
    expect(reference.length).toBeGreaterThan(20);
    t.gw.resetEmulators();
    const mine = await walk('alpha', 9);
    expect(mine.map((job) => job.id)).toEqual(reference.map((job) => job.id));
    expect((await page('alpha', { first: 1 })).totalCount).toBe(reference.length);
    const sent = t.gw.calls('paiDlc', 'ListJobs').map((call) => call.query.WorkspaceId);
    expect(new Set(sent)).toEqual(new Set([ALPHA_PAI_WORKSPACE]));
  });

  it('a tenant with two PAI workspaces gets both merged newest first, exact totals, both paging directions', async () => {
    const [p1, p2] = t.fixture.paiWorkspaces;
    const reference = [
      ...(await walk('root', 50, false, { workspaceId: p1 })),
      ...(await walk('root', 50, false, { workspaceId: p2 })),
    ];
    t.gw.resetEmulators();
    const forward = await walk('beta', 40);
    expect(forward.map((job) => job.id).sort()).toEqual(reference.map((job) => job.id).sort());
    const created = forward.map((job) => job.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect((await walk('beta', 35, true)).map((job) => job.id)).toEqual(forward.map((job) => job.id));
    expect((await page('beta', { first: 1 })).totalCount).toBe(reference.length);
    expect(new Set(t.gw.calls('paiDlc', 'ListJobs').map((call) => call.query.WorkspaceId))).toEqual(
      new Set([p1, p2]),
    );
  });

  it('filter.workspaceId naming an ungranted workspace answers like a workspace that does not exist, with no call', async () => {
    const [other] = t.fixture.paiWorkspaces;
    const ungranted = await t.as('alpha', PaiTenancyJobsDocument, {
      first: 5,
      filter: { workspaceId: other },
    });
    const missing = await t.as('alpha', PaiTenancyJobsDocument, {
      first: 5,
      filter: { workspaceId: '99999' },
    });
    expect(ungranted).toEqual(missing);
    expect(ungranted.data?.paiJobs).toMatchObject({ totalCount: 0, nodes: [] });
    expect(t.gw.calls('paiDlc')).toEqual([]);
  });

  it("fromAllWorkspaces cannot widen a limited tenant's list", async () => {
    const all = await page('alpha', { first: 100, filter: { showOwn: true, fromAllWorkspaces: true } });
    expect(arrived(all.nodes).every((job) => job.workspaceId === ALPHA_PAI_WORKSPACE)).toBe(true);
    const sent = t.gw.calls('paiDlc', 'ListJobs');
    expect(
      sent.every(
        (call) => call.query.WorkspaceId === ALPHA_PAI_WORKSPACE && !('FromAllWorkspaces' in call.query),
      ),
    ).toBe(true);
  });

  it('tenants with no PAI workspace, or no PAI instance, see nothing and cost nothing', async () => {
    expect(await page('none', { first: 5 })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await page('blind', { first: 5 })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(t.gw.calls('paiDlc')).toEqual([]);
  });

  it("node(id) of another tenant's job or pod is null with the NOT_FOUND of a missing one", async () => {
    const theirs = arrived((await page('beta', { first: 20 })).nodes).find((job) => job.pods.length > 0);
    if (!theirs) throw new Error('no job with pods');
    const ghostJob = toGlobalId('PaiJob', 'pai', ['dlc-20990101000000-nosuchjob0000']);
    const ghostPod = toGlobalId('Pod', 'pai', ['dlc-20990101000000-nosuchjob0000', 'no-pod', '']);
    for (const [refused, missing] of [
      [theirs.id, ghostJob],
      [theirs.pods[0]?.id ?? '', ghostPod],
    ] as const) {
      const asAlpha = await t.as('alpha', NodeByIdDocument, { id: refused });
      const asMissing = await t.as('alpha', NodeByIdDocument, { id: missing });
      expect(asAlpha.data).toEqual({ node: null });
      expect(errorShape(asAlpha, [refused])).toEqual(errorShape(asMissing, [missing]));
      expect(errorShape(asMissing)[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect((await t.as('beta', NodeByIdDocument, { id: refused })).data?.node?.id).toBe(refused);
    }
  });
});
