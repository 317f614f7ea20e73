import { EMULATED_PROVIDERS } from '../../../src/emulators/start-emulators';
import { toGlobalId } from '../../../src/domain/global-id';
import {
  GravitinoJobsPageDocument,
  GravitinoJobsTwiceAndTemplatesDocument,
  GravitinoJobsWithTemplatesDocument,
  GravitinoMetalakeContentsDocument,
  GravitinoNodeDocument,
  GravitinoNodesDocument,
  GravitinoTemplateRunsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { GRAVITINO_VERSIONS, startGravitinoTestGateway } from '../../helpers/gravitino-versions';
import { nodeOfType } from '../../helpers/node-of-type';
import type { TestGateway } from '../../helpers/test-gateway';

/**
 * Exact upstream call counts of Gravitino queries and node refetch, from the emulators' request
 * logs, against main and 1.3.0: the gateway filtering a 1.3.0 list itself costs no extra call.
 */

describe.each(GRAVITINO_VERSIONS)('Gravitino %s batching, dedupe and refetch', (version) => {
  let gw: TestGateway;
  /** Who counts a list: main sends statusCounts, 1.3.0 none. */
  const serverCounts = version === 'main' ? 'UPSTREAM' : 'COUNTED';

  /** Every upstream call since the last reset, on every emulator: the proof of "and nothing else". */
  const allCalls = () =>
    EMULATED_PROVIDERS.flatMap((provider) =>
      gw.calls(provider).map((entry) => `${provider}.${entry.operation ?? entry.path}`),
    ).sort();

  beforeAll(async () => {
    gw = await startGravitinoTestGateway(version);
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('gravitinoJobs(first: 20) { nodes { id template { name } } } is 1 listJobs + 1 listJobTemplates and nothing else', async () => {
    const response = await gw.run(GravitinoJobsWithTemplatesDocument, { metalake: 'prod_lake', first: 20 });
    expect(response.errors).toBeUndefined();
    const nodes = arrived(response.data?.gravitinoJobs?.nodes);
    expect(nodes).toHaveLength(20);
    // Many jobs, several templates: the lookups of all 20 went out as one call.
    expect(new Set(nodes.map((node) => node.jobTemplateName)).size).toBeGreaterThan(2);
    for (const node of nodes) expect(node.template?.name).toBe(node.jobTemplateName);
    expect(allCalls()).toEqual(['gravitino.listJobTemplates', 'gravitino.listJobs']);
    expect(gw.calls('gravitino', 'listJobTemplates')[0]?.query).toEqual({ details: 'true' });
  });

  it('nodes(ids) over several jobs of one metalake is exactly 1 listJobs', async () => {
    const page = await gw.run(GravitinoJobsWithTemplatesDocument, { metalake: 'dev_lake', first: 12 });
    const ids = arrived(page.data?.gravitinoJobs?.nodes)
      .filter((_node, index) => index % 2 === 0)
      .map((node) => node.id);
    expect(ids).toHaveLength(6);
    gw.resetEmulators();
    const response = await gw.run(GravitinoNodesDocument, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node) => node?.id)).toEqual(ids);
    expect(
      response.data?.nodes.every((node) => nodeOfType(node, 'GravitinoJob').metalake === 'dev_lake'),
    ).toBe(true);
    expect(allCalls()).toEqual(['gravitino.listJobs']);
  });

  it('nodes(ids) over two metalakes is one list call per metalake; unknown ids are null (NOT_FOUND) in place', async () => {
    const job = (metalake: string, jobId: string) =>
      toGlobalId('GravitinoJob', 'gravitino', [metalake, jobId]);
    const template = (metalake: string, name: string) =>
      toGlobalId('GravitinoJobTemplate', 'gravitino', [metalake, name]);
    const [prod, dev] = await Promise.all(
      ['prod_lake', 'dev_lake'].map((metalake) =>
        gw.run(GravitinoJobsWithTemplatesDocument, { metalake, first: 3 }),
      ),
    );
    const prodJobs = arrived(prod?.data?.gravitinoJobs?.nodes);
    const devJobs = arrived(dev?.data?.gravitinoJobs?.nodes);
    gw.resetEmulators();
    const ids = [
      prodJobs[0]?.id ?? '',
      devJobs[0]?.id ?? '',
      job('prod_lake', 'job-1'),
      prodJobs[1]?.id ?? '',
      devJobs[1]?.id ?? '',
      template('prod_lake', prodJobs[0]?.jobTemplateName ?? ''),
      template('prod_lake', 'no_such_template'),
    ];
    const response = await gw.run(GravitinoNodesDocument, { ids });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code]).sort()).toEqual([
      [['nodes', 2], 'NOT_FOUND'],
      [['nodes', 6], 'NOT_FOUND'],
    ]);
    // A job by its jobId, a template by its name.
    const nodes = response.data?.nodes ?? [];
    const ownName = (node: (typeof nodes)[number]) =>
      node && 'jobId' in node ? node.jobId : node && 'name' in node ? node.name : null;
    expect(nodes.map(ownName)).toEqual([
      prodJobs[0]?.jobId,
      devJobs[0]?.jobId,
      null,
      prodJobs[1]?.jobId,
      devJobs[1]?.jobId,
      prodJobs[0]?.jobTemplateName,
      null,
    ]);
    expect(response.data?.nodes[5]?.__typename).toMatch(/^Gravitino(Shell|Spark)JobTemplate$/);
    expect(allCalls()).toEqual(['gravitino.listJobTemplates', 'gravitino.listJobs', 'gravitino.listJobs']);
    expect(
      gw
        .calls('gravitino', 'listJobs')
        .map((entry) => entry.path)
        .sort(),
    ).toEqual(['/api/metalakes/dev_lake/jobs/runs', '/api/metalakes/prod_lake/jobs/runs']);
  });

  it('node(id) of one job is one getJob, every field as listed, and its template one getJobTemplate', async () => {
    const id = toGlobalId('GravitinoJob', 'gravitino', ['dev_lake', 'job-0']);
    const missing = await gw.run(GravitinoNodeDocument, { id });
    expect(missing).toMatchObject({ data: { node: null } });
    expect(missing.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(allCalls()).toEqual(['gravitino.getJob']);

    // A cancelled job: 1.3.0 spells its status `canceled`, on the list and on getJob alike.
    const page = await gw.run(GravitinoJobsPageDocument, {
      metalake: 'dev_lake',
      first: 1,
      filter: { statuses: ['CANCELLED'] },
    });
    const [first] = arrived(page.data?.gravitinoJobs?.edges.map((edge) => edge.node));
    if (!first) throw new Error('dev_lake has cancelled jobs');
    gw.resetEmulators();
    const found = await gw.run(GravitinoNodeDocument, { id: first.id });
    expect(found.errors).toBeUndefined();
    expect(found.data?.node).toEqual({
      __typename: 'GravitinoJob',
      ...first,
      template: { name: first.jobTemplateName },
    });
    expect(first.providerStatus).toBe(version === 'main' ? 'cancelled' : 'canceled');
    expect(allCalls()).toEqual(['gravitino.getJob', 'gravitino.getJobTemplate']);
  });

  it('identical lists are fetched once: aliases with different statuses share listJobs, templates share listJobTemplates', async () => {
    const response = await gw.run(GravitinoJobsTwiceAndTemplatesDocument, { metalake: 'prod_lake' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.failed?.totalCount).toBeGreaterThan(0);
    expect(response.data?.running?.totalCount).toBeGreaterThan(0);
    const names = new Set(arrived(response.data?.gravitinoJobTemplates?.nodes).map((node) => node.name));
    for (const node of arrived(response.data?.failed?.nodes))
      expect(names.has(node.template?.name ?? '')).toBe(true);
    expect(allCalls()).toEqual(['gravitino.listJobTemplates', 'gravitino.listJobs']);
  });

  it("templates' runs: one template is listJobs by jobTemplateName; many are split from ONE listJobs, same counts", async () => {
    const one = await gw.run(GravitinoTemplateRunsDocument, { metalake: 'prod_lake', first: 1 });
    expect(one.errors).toBeUndefined();
    const [only] = arrived(one.data?.gravitinoJobTemplates?.nodes);
    expect(allCalls()).toEqual(['gravitino.listJobTemplates', 'gravitino.listJobs']);
    expect(gw.calls('gravitino', 'listJobs')[0]?.query).toEqual({ jobTemplateName: only?.name });
    expect(only?.jobs.statusCountsSource).toBe(serverCounts);

    gw.resetEmulators();
    const since = '2026-10-20T00:00:00.000Z';
    const many = await gw.run(GravitinoTemplateRunsDocument, {
      metalake: 'prod_lake',
      first: 100,
      filter: { queuedAfter: since },
    });
    expect(many.errors).toBeUndefined();
    const templates = arrived(many.data?.gravitinoJobTemplates?.nodes);
    expect(templates.length).toBeGreaterThan(5);
    expect(allCalls()).toEqual(['gravitino.listJobTemplates', 'gravitino.listJobs']);
    expect(gw.calls('gravitino', 'listJobs')[0]?.query).toEqual({ queuedAfter: since });

    // What the server itself answers per template, with the same filter: identical totals and counts.
    for (const template of templates.slice(0, 4)) {
      const direct = await gw.run(GravitinoJobsPageDocument, {
        metalake: 'prod_lake',
        filter: { jobTemplateName: template.name, queuedAfter: since },
      });
      expect(template.jobs.statusCountsSource).toBe('COUNTED');
      expect(template.jobs.totalCount).toBe(direct.data?.gravitinoJobs?.totalCount);
      expect(template.jobs.statusCounts).toEqual(direct.data?.gravitinoJobs?.statusCounts);
    }
  });

  it('the metalakes with their jobs and templates: one listMetalakes, then one call per metalake and list', async () => {
    const response = await gw.run(GravitinoMetalakeContentsDocument);
    expect(response.errors).toBeUndefined();
    expect(arrived(response.data?.gravitinoMetalakes?.nodes).map((node) => node.name)).toEqual([
      'prod_lake',
      'analytics',
      'dev_lake',
      'archive_lake',
    ]);
    const calls = allCalls();
    expect(calls.filter((call) => call === 'gravitino.listMetalakes')).toHaveLength(1);
    expect(calls.filter((call) => call === 'gravitino.listJobs')).toHaveLength(4);
    expect(calls.filter((call) => call === 'gravitino.listJobTemplates')).toHaveLength(4);
    expect(calls).toHaveLength(9);
  });
});
