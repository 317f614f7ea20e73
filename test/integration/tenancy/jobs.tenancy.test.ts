import { JobsTenancyPageDocument, type JobsTenancyPageQuery } from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { useTenancyGateway, type TenancyGateway } from '../../helpers/tenancy-gateway';
import type { GraphQLTestResponse } from '../../helpers/test-gateway';
import { newestFirst } from '../graphql/jobs-oracle';
import { grantedJobs } from './granted-jobs-oracle';
import { ALPHA_PAI_WORKSPACE, installDemoTenants } from './tenancy-tenants';

/** The demo tenants, and the SAE namespace of every template, by AppId. */
async function setup(t: TenancyGateway) {
  const demo = await installDemoTenants(t);
  const templates = await t.gw.providers.sae[0]?.client.listJobTemplates(
    {},
    { currentPage: 1, pageSize: 200 },
  );
  const namespaces = new Map(
    (templates?.items ?? []).map((template) => [template.appId, template.namespaceId]),
  );
  return { demo, namespaces };
}

describe('tenancy: Query.jobs', () => {
  const t = useTenancyGateway({ setup });

  async function pages(
    tenant: string,
    first: number,
    count: number,
  ): Promise<JobsTenancyPageQuery['jobs'][]> {
    const result: JobsTenancyPageQuery['jobs'][] = [];
    let after: string | null = null;
    for (let i = 0; i < count; i++) {
      const response: GraphQLTestResponse<JobsTenancyPageQuery> = await t.as(
        tenant,
        JobsTenancyPageDocument,
        {
          first,
          after,
        },
      );
      expect(response.errors).toBeUndefined();
      result.push(response.data?.jobs ?? null);
      after = response.data?.jobs?.pageInfo.endCursor ?? null;
      if (!response.data?.jobs?.pageInfo.hasNextPage) break;
    }
    return result;
  }

  it.each(['alpha', 'beta'])(
    'tenant %s gets exactly its granted jobs, newest first, page after page',
    async (tenant) => {
      const grants = t.tenants.get(tenant) ?? {};
      const expected = (await grantedJobs(t.gw.providers, grants)).sort(newestFirst).map((job) => job.id);
      t.gw.resetEmulators();
      const seen = (await pages(tenant, 25, 3)).flatMap((page) =>
        arrived(page?.nodes).map((node) => node.id),
      );
      expect(seen).toEqual(expected.slice(0, seen.length));
      expect(seen.length).toBe(Math.min(75, expected.length));
    },
  );

  it('every job and link on a limited page is inside the grants; the sources list only granted instances', async () => {
    const [page] = await pages('alpha', 100, 1);
    const nodes = arrived(page?.nodes);
    expect(new Set(nodes.map((node) => node.provider))).toEqual(
      new Set(['EMR_SERVERLESS_SPARK', 'PAI_DLC', 'SAE', 'GRAVITINO']),
    );
    for (const node of nodes) {
      if ('workspace' in node) expect(node.workspace.workspaceId).toBe(t.fixture.demo.hangzhouWorkspaces[0]);
      if ('workspaceId' in node) expect(node.workspaceId).toBe(ALPHA_PAI_WORKSPACE);
      if ('template' in node) expect(node.template.namespaceId).toBe('cn-hangzhou:prod');
      if ('metalake' in node) expect(node.metalake).toBe('prod_lake');
    }
    expect(page?.sources.map((source) => [source.provider, source.instance, source.sourceCount])).toEqual([
      ['EMR_SERVERLESS_SPARK', 'emr-cn-hangzhou', 1],
      ['PAI_DLC', 'pai', 1],
      ['SAE', 'sae', [...t.fixture.namespaces.values()].filter((ns) => ns === 'cn-hangzhou:prod').length],
      ['GRAVITINO', 'gravitino', 1],
    ]);
  });

  it('ungranted instances, workspaces, namespaces and metalakes are never read', async () => {
    await pages('alpha', 100, 2);
    const emr = t.gw.calls('emrServerlessSpark');
    expect(new Set(emr.map((call) => call.query.regionId))).toEqual(new Set(['cn-hangzhou']));
    const runPaths = emr.filter((call) => call.operation === 'ListJobRuns').map((call) => call.path);
    expect(
      runPaths.filter((path) => !path.includes(`/workspaces/${t.fixture.demo.hangzhouWorkspaces[0]}/`)),
    ).toEqual([]);
    const pai = t.gw.calls('paiDlc');
    expect(pai.length).toBeGreaterThan(0);
    expect(pai.filter((call) => call.query.WorkspaceId !== ALPHA_PAI_WORKSPACE)).toEqual([]);
    const sae = t.gw.calls('sae');
    expect(
      sae.filter((call) => call.operation === 'ListJobs' && call.query.NamespaceId !== 'cn-hangzhou:prod'),
    ).toEqual([]);
    const histories = sae
      .filter((call) => call.operation === 'DescribeJobHistory')
      .map((call) => call.query.AppId ?? '');
    expect(histories.length).toBeGreaterThan(0);
    expect(histories.filter((appId) => t.fixture.namespaces.get(appId) !== 'cn-hangzhou:prod')).toEqual([]);
    const lakes = t.gw.calls('gravitino').map((call) => call.path);
    expect(lakes.filter((path) => !path.startsWith('/api/metalakes/prod_lake/'))).toEqual([]);
  });

  it('a tenant with no object, or no instance, gets an empty page and makes no upstream call', async () => {
    for (const tenant of ['none', 'blind']) {
      const [page] = await pages(tenant, 20, 1);
      expect(page?.nodes).toEqual([]);
      expect(page?.pageInfo.hasNextPage).toBe(false);
    }
    const reads = [
      ...t.gw.calls('emrServerlessSpark'),
      ...t.gw.calls('paiDlc'),
      ...t.gw.calls('sae'),
      ...t.gw.calls('gravitino'),
    ];
    expect(reads).toEqual([]);
  });
});
