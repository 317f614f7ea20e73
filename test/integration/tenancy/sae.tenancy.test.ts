import { toGlobalId } from '../../../src/domain/global-id';
import {
  NodeByIdDocument,
  SaeTenancyTemplatesDocument,
  type SaeJobTemplateFilter,
  type SaeTenancyTemplatesQueryVariables,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { walkConnection } from '../../helpers/connection-walk';
import { errorShape, useTenancyGateway } from '../../helpers/tenancy-gateway';
import { installDemoTenants } from './tenancy-tenants';

describe('tenancy: SAE job templates and executions', () => {
  const t = useTenancyGateway({ setup: installDemoTenants });

  /** A page of templates, with `runs` executions of each when `runs` is given. */
  const page = async (
    tenant: string,
    variables: Omit<SaeTenancyTemplatesQueryVariables, 'runs' | 'withRuns'> & { runs?: number },
  ) => {
    const runs = variables.runs ?? 0;
    const response = await t.as(tenant, SaeTenancyTemplatesDocument, {
      ...variables,
      runs: Math.max(runs, 1),
      withRuns: runs > 0,
    });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.saeJobTemplates;
    if (!connection) throw new Error('no page');
    return connection;
  };

  const walk = (tenant: string, size: number, backward = false, filter?: SaeJobTemplateFilter) =>
    walkConnection((args) => page(tenant, { ...args, filter }), size, { backward, maxPages: 50 });

  it('a tenant with one namespace lists, counts and pages exactly it, pushed down as NamespaceId', async () => {
    const reference = await walk('root', 100, false, { namespaceId: 'cn-hangzhou:prod' });
    expect(reference.length).toBeGreaterThan(5);
    t.gw.resetEmulators();
    expect((await walk('alpha', 4)).map((x) => x.id)).toEqual(reference.map((x) => x.id));
    expect((await page('alpha', { first: 1 })).totalCount).toBe(reference.length);
    expect(new Set(t.gw.calls('sae', 'ListJobs').map((call) => call.query.NamespaceId))).toEqual(
      new Set(['cn-hangzhou:prod']),
    );
  });

  it('several namespaces (one that no instance has) list one after another, both directions, exact totals', async () => {
    const reference = [
      ...(await walk('root', 100, false, { namespaceId: 'cn-hangzhou:dev' })),
      ...(await walk('root', 100, false, { namespaceId: 'cn-shanghai:dev' })),
    ];
    const forward = await walk('beta', 5);
    expect(forward.map((x) => x.id)).toEqual(reference.map((x) => x.id));
    expect((await walk('beta', 4, true)).map((x) => x.id)).toEqual(reference.map((x) => x.id));
    expect((await page('beta', { first: 1 })).totalCount).toBe(reference.length);
  });

  it('filter.namespaceId naming an ungranted namespace answers like one that does not exist, with no call', async () => {
    const ungranted = await t.as('alpha', SaeTenancyTemplatesDocument, {
      first: 5,
      runs: 1,
      withRuns: false,
      filter: { namespaceId: 'cn-hangzhou:dev' },
    });
    const missing = await t.as('alpha', SaeTenancyTemplatesDocument, {
      first: 5,
      runs: 1,
      withRuns: false,
      filter: { namespaceId: 'cn-nowhere:x' },
    });
    expect(ungranted).toEqual(missing);
    expect(ungranted.data).toMatchObject({ saeJobTemplates: { totalCount: 0, nodes: [] } });
    expect(t.gw.calls('sae')).toEqual([]);
  });

  it('appIds of other namespaces are filtered out by the pushed-down namespace', async () => {
    const others = arrived((await page('beta', { first: 3 })).nodes).map((x) => x.appId);
    const asAlpha = await page('alpha', { first: 10, filter: { appIds: others } });
    expect(asAlpha).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('executions and their template link stay inside the granted namespace', async () => {
    const templates = await page('alpha', { first: 3, runs: 2 });
    const executions = arrived(templates.nodes).flatMap((x) => arrived(x.executions?.nodes));
    expect(executions.length).toBeGreaterThan(0);
    expect(executions.every((run) => run.template.namespaceId === 'cn-hangzhou:prod')).toBe(true);
  });

  it('tenants with no namespace, or no SAE instance, see nothing and cost nothing', async () => {
    expect(await page('none', { first: 5 })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await page('blind', { first: 5 })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(t.gw.calls('sae')).toEqual([]);
  });

  it("node(id) of another tenant's template or execution is null with the NOT_FOUND of a missing one", async () => {
    const theirs = arrived((await page('beta', { first: 5, runs: 1 })).nodes).find(
      (x) => (x.executions?.nodes.length ?? 0) > 0,
    );
    if (!theirs) throw new Error('no template with executions');
    const ghostTemplate = toGlobalId('SaeJobTemplate', 'sae', ['00000000-0000-0000-0000-000000000000']);
    const ghostRun = toGlobalId('SaeJobExecution', 'sae', [
      theirs.appId,
      'manual-00000000-0000-0000-0000-000000000000',
    ]);
    for (const [refused, missing] of [
      [theirs.id, ghostTemplate],
      [theirs.executions?.nodes[0]?.id ?? '', ghostRun],
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
