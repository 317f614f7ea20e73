import type { GravitinoJobTemplate as DomainTemplate } from '../../../src/domain/gravitino-job-template';
import {
  GravitinoJobsPageDocument,
  GravitinoJobTemplatesPageDocument,
  GravitinoMetalakesPageDocument,
  GravitinoMetalakesTotalDocument,
  GravitinoNodeDocument,
  GravitinoTemplateRunsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import {
  GRAVITINO_VERSIONS,
  startGravitinoTestGateway,
  wireJobs,
  wireMicros,
} from '../../helpers/gravitino-versions';
import type { TestGateway } from '../../helpers/test-gateway';
import { withSecondInstance } from '../../helpers/second-instance';

/**
 * Job templates, metalakes and instance selection, with two Gravitino instances configured on the
 * same server: `gravitino` (every metalake) and `gravitino-b` (dev_lake, a metalake the server
 * does not have, and analytics, in that order).
 */

const iso = (millis: number | null) => (millis === null ? null : new Date(millis).toISOString());

/** What GraphQL should serve for a domain template. */
function served(template: DomainTemplate): Record<string, unknown> {
  const common = {
    id: expect.any(String),
    name: template.name,
    jobType: template.jobType,
    providerJobType: template.providerJobType,
    comment: template.comment,
    executable: template.executable,
    arguments: template.arguments,
    environments: template.environments,
    customFields: template.customFields,
    metalake: template.metalake,
    instance: 'gravitino',
    audit: {
      creator: template.audit.creator,
      createTime: iso(template.audit.createTime),
      lastModifier: template.audit.lastModifier,
      lastModifiedTime: iso(template.audit.lastModifiedTime),
    },
  };
  switch (template.jobType) {
    case 'SHELL':
      return { __typename: 'GravitinoShellJobTemplate', ...common, scripts: template.scripts };
    case 'SPARK': {
      const { className, jars, files, archives, configs } = template;
      return {
        __typename: 'GravitinoSparkJobTemplate',
        ...common,
        className,
        jars,
        files,
        archives,
        configs,
      };
    }
    case 'UNKNOWN':
      return { __typename: 'GravitinoUnknownJobTemplate', ...common };
  }
}

describe.each(GRAVITINO_VERSIONS)('Gravitino %s job templates and metalakes', (version) => {
  let gw: TestGateway;
  let prodTemplates: DomainTemplate[];

  beforeAll(async () => {
    gw = await startGravitinoTestGateway(version, {
      config: withSecondInstance('gravitino', {
        id: 'gravitino-b',
        metalakes: ['dev_lake', 'ghost_lake', 'analytics'],
      }),
    });
    prodTemplates = [...(await gw.providers.gravitino[0]!.client.listJobTemplates('prod_lake'))];
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('serves every field of shell and Spark templates, in registration order, both directions', async () => {
    const forward = await gw.run(GravitinoJobTemplatesPageDocument, { metalake: 'prod_lake', first: 100 });
    expect(forward.errors).toBeUndefined();
    expect(forward.data?.gravitinoJobTemplates?.totalCount).toBe(prodTemplates.length);
    expect(forward.data?.gravitinoJobTemplates?.edges.map((edge) => edge.node)).toEqual(
      prodTemplates.map(served),
    );
    expect(new Set(prodTemplates.map((template) => template.jobType))).toEqual(new Set(['SHELL', 'SPARK']));
    const backward = await gw.run(GravitinoJobTemplatesPageDocument, { metalake: 'prod_lake', last: 3 });
    expect(backward.data?.gravitinoJobTemplates?.edges.map((edge) => edge.node?.name)).toEqual(
      prodTemplates.slice(-3).map((t) => t.name),
    );
    expect(backward.data?.gravitinoJobTemplates?.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    expect(gw.calls('gravitino').map((entry) => entry.operation)).toEqual([
      'listJobTemplates',
      'listJobTemplates',
    ]);
  });

  it('refetches a template by id as its concrete type, and lists its own runs, newest queued first', async () => {
    const page = await gw.run(GravitinoJobTemplatesPageDocument, { metalake: 'prod_lake', first: 100 });
    const spark = page.data?.gravitinoJobTemplates?.edges.find(
      (edge) => edge.node?.jobType === 'SPARK',
    )?.node;
    const node = await gw.run(GravitinoNodeDocument, { id: spark?.id ?? '' });
    expect(node.data?.node).toEqual({
      __typename: 'GravitinoSparkJobTemplate',
      id: spark?.id,
      templateName: spark?.name,
      jobType: 'SPARK',
      metalake: 'prod_lake',
      instance: 'gravitino',
    });
    const runs = await gw.run(GravitinoTemplateRunsDocument, { metalake: 'prod_lake', first: 100 });
    expect(runs.errors).toBeUndefined();
    const all = await wireJobs(gw, 'prod_lake');
    for (const template of arrived(runs.data?.gravitinoJobTemplates?.nodes)) {
      const own = all.filter((job) => job.jobTemplateName === template.name);
      expect(template.jobs.totalCount).toBe(own.length);
      const newest = own
        .sort((a, b) => wireMicros(b.audit.createTime) - wireMicros(a.audit.createTime))
        .slice(0, 3);
      expect(arrived(template.jobs.nodes).map((job) => job.jobId)).toEqual(newest.map((job) => job.jobId));
    }
  });

  it('without `instance`, the first instance configured with the metalake serves it; with it, that one', async () => {
    const query = (metalake: string, instance?: string) =>
      gw.run(GravitinoJobsPageDocument, { metalake, instance, first: 1 });
    const implicit = await query('dev_lake');
    const explicit = await query('dev_lake', 'gravitino-b');
    expect(implicit.data?.gravitinoJobs?.edges[0]?.node?.instance).toBe('gravitino');
    expect(explicit.data?.gravitinoJobs?.edges[0]?.node?.instance).toBe('gravitino-b');
    expect(explicit.data?.gravitinoJobs?.edges[0]?.node?.id).not.toBe(
      implicit.data?.gravitinoJobs?.edges[0]?.node?.id,
    );
    const refused = await query('prod_lake', 'gravitino-b');
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'metalake' },
    });
    expect(refused.errors?.[0]?.message).toContain('"prod_lake"');
  });

  it('lists configured metalakes instance by instance in config order, leaving out one the server lacks', async () => {
    const response = await gw.run(GravitinoMetalakesPageDocument, { first: 100 });
    expect(response.errors).toBeUndefined();
    expect(
      response.data?.gravitinoMetalakes?.edges.map((edge) => `${edge.node?.instance}/${edge.node?.name}`),
    ).toEqual([
      'gravitino/prod_lake',
      'gravitino/analytics',
      'gravitino/dev_lake',
      'gravitino/archive_lake',
      'gravitino-b/dev_lake',
      'gravitino-b/analytics',
    ]);
    expect(response.data?.gravitinoMetalakes?.edges[0]?.node?.properties).toMatchObject({
      'in-use': 'true',
      env: 'prod',
    });
    expect(gw.calls('gravitino', 'listMetalakes')).toHaveLength(2);
    const only = await gw.run(GravitinoMetalakesPageDocument, { filter: { instances: ['gravitino-b'] } });
    expect(only.data?.gravitinoMetalakes?.edges.map((edge) => edge.node?.name)).toEqual([
      'dev_lake',
      'analytics',
    ]);
    const unknown = await gw.run(GravitinoMetalakesPageDocument, { filter: { instances: ['nope'] } });
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.instances' },
    });
  });

  it('pages metalakes across instances both ways, and counts the total only when asked', async () => {
    const first = await gw.run(GravitinoMetalakesPageDocument, { first: 3 });
    const cursor = first.data?.gravitinoMetalakes?.edges[2]?.cursor;
    const next = await gw.run(GravitinoMetalakesPageDocument, { first: 2, after: cursor });
    expect(
      next.data?.gravitinoMetalakes?.edges.map((edge) => `${edge.node?.instance}/${edge.node?.name}`),
    ).toEqual(['gravitino/archive_lake', 'gravitino-b/dev_lake']);
    const back = await gw.run(GravitinoMetalakesPageDocument, {
      last: 2,
      before: next.data?.gravitinoMetalakes?.edges[1]?.cursor,
    });
    expect(back.data?.gravitinoMetalakes?.edges.map((edge) => edge.node?.name)).toEqual([
      'dev_lake',
      'archive_lake',
    ]);

    gw.resetEmulators();
    const withoutTotal = await gw.run(GravitinoMetalakesPageDocument, { first: 1 });
    expect(withoutTotal.errors).toBeUndefined();
    expect(gw.calls('gravitino', 'listMetalakes')).toHaveLength(1);
    gw.resetEmulators();
    const total = await gw.run(GravitinoMetalakesTotalDocument);
    expect(total.errors).toBeUndefined();
    expect(total.data?.gravitinoMetalakes).toMatchObject({
      totalCount: 6,
      nodes: [{ name: 'prod_lake', instance: 'gravitino' }],
    });
    expect(gw.calls('gravitino', 'listMetalakes')).toHaveLength(2);
  });

  it('a configured metalake the server lacks: its jobs are the upstream NOT_FOUND', async () => {
    const response = await gw.run(GravitinoJobsPageDocument, { metalake: 'ghost_lake' });
    expect(response.data).toEqual({ gravitinoJobs: null });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', upstream: { operation: 'listJobs' } },
    });
  });
});
