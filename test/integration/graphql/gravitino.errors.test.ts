import { toGlobalId } from '../../../src/domain/global-id';
import {
  GravitinoJobsPageDocument,
  GravitinoJobsTwiceAndTemplatesDocument,
  GravitinoJobsWithTemplatesDocument,
  GravitinoJobTemplatesPageDocument,
  GravitinoNodeDocument,
  GravitinoNodesDocument,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** What a client gets for bad input and failing upstream calls: typed errors, partial data. */

const UNAVAILABLE = {
  kind: 'status',
  status: 503,
  code: 'ServiceUnavailable',
  message: 'Gravitino is restarting',
} as const;

describe('Gravitino errors', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it.each([
    ['GravitinoJobsPage', GravitinoJobsPageDocument, 'gravitinoJobs'],
    ['GravitinoJobTemplatesPage', GravitinoJobTemplatesPageDocument, 'gravitinoJobTemplates'],
  ] as const)(
    '%s over a metalake that is not configured is BAD_USER_INPUT naming it, with no upstream call',
    async (_operation, document, field) => {
      const response = await gw.run(document, { metalake: 'finance_lake' });
      expect(response.data).toEqual({ [field]: null });
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('"finance_lake"'),
          path: [field],
          extensions: { code: 'BAD_USER_INPUT', argument: 'metalake' },
        }),
      ]);
      expect(gw.calls('gravitino')).toEqual([]);
    },
  );

  it('an unknown instance is BAD_USER_INPUT on `instance`', async () => {
    const response = await gw.run(GravitinoJobsPageDocument, {
      metalake: 'prod_lake',
      instance: 'gravitino-eu',
    });
    expect(response.errors?.[0]).toMatchObject({
      path: ['gravitinoJobs'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'instance' },
    });
    expect(gw.calls('gravitino')).toEqual([]);
  });

  it('ids of unconfigured instances or metalakes, and ids that are not ours, are BAD_USER_INPUT; never queried', async () => {
    const ids = [
      toGlobalId('GravitinoJob', 'gravitino', ['finance_lake', 'job-10001']),
      toGlobalId('GravitinoJobTemplate', 'elsewhere', ['prod_lake', 'spark_pi']),
      'not-an-id',
    ];
    const response = await gw.run(GravitinoNodesDocument, { ids });
    expect(response.data?.nodes).toEqual([null, null, null]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 0], 'BAD_USER_INPUT'],
      [['nodes', 1], 'BAD_USER_INPUT'],
      [['nodes', 2], 'BAD_USER_INPUT'],
    ]);
    expect(gw.calls('gravitino')).toEqual([]);
  });

  it('listJobs failing nulls gravitinoJobs only (UPSTREAM_UNAVAILABLE, upstream details); templates still arrive', async () => {
    gw.emulators.emulators.gravitino.addFault({ ...UNAVAILABLE, operation: 'listJobs', times: 3 });
    const [jobs, templates] = await Promise.all([
      gw.run(GravitinoJobsPageDocument, { metalake: 'prod_lake', first: 5 }),
      gw.run(GravitinoJobTemplatesPageDocument, { metalake: 'prod_lake' }),
    ]);
    expect(jobs.data).toEqual({ gravitinoJobs: null });
    expect(jobs.errors).toEqual([
      expect.objectContaining({
        path: ['gravitinoJobs'],
        extensions: {
          code: 'UPSTREAM_UNAVAILABLE',
          upstream: expect.objectContaining({ provider: 'GRAVITINO', operation: 'listJobs' }),
        },
      }),
    ]);
    expect(templates.errors).toBeUndefined();
    expect(templates.data?.gravitinoJobTemplates?.totalCount).toBeGreaterThan(0);
    expect(gw.calls('gravitino', 'listJobs')).toHaveLength(3);
  });

  it('one query: a failing listJobs nulls its field while gravitinoJobTemplates in the same response arrives', async () => {
    gw.emulators.emulators.gravitino.addFault({ ...UNAVAILABLE, operation: 'listJobs', times: 3 });
    const response = await gw.run(GravitinoJobsTwiceAndTemplatesDocument, { metalake: 'dev_lake' });
    expect(response.data).toMatchObject({
      failed: null,
      running: null,
      gravitinoJobTemplates: { totalCount: expect.any(Number) },
    });
    expect(response.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([
      ['failed', 'UPSTREAM_UNAVAILABLE'],
      ['running', 'UPSTREAM_UNAVAILABLE'],
    ]);
    // Both aliases shared the one (retried) call.
    expect(gw.calls('gravitino', 'listJobs')).toHaveLength(3);
  });

  it('listJobTemplates failing nulls each job template (one batched call, retried), and the jobs still arrive', async () => {
    gw.emulators.emulators.gravitino.addFault({ ...UNAVAILABLE, operation: 'listJobTemplates', times: 3 });
    const response = await gw.run(GravitinoJobsWithTemplatesDocument, { metalake: 'prod_lake', first: 6 });
    const nodes = response.data?.gravitinoJobs?.nodes ?? [];
    expect(nodes).toHaveLength(6);
    expect(nodes.every((node) => node !== null && node.template === null)).toBe(true);
    const paths = response.errors?.map((error) => error.path).sort((a, b) => Number(a?.[2]) - Number(b?.[2]));
    expect(paths).toEqual(nodes.map((_node, index) => ['gravitinoJobs', 'nodes', index, 'template']));
    expect(response.errors?.every((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(gw.calls('gravitino', 'listJobTemplates')).toHaveLength(3);
    expect(gw.calls('gravitino', 'listJobs')).toHaveLength(1);
  });

  it('a template that no longer exists refetches as null with NOT_FOUND (GravitinoJob.template is plain null), not an upstream error', async () => {
    const response = await gw.run(GravitinoNodeDocument, {
      id: toGlobalId('GravitinoJobTemplate', 'gravitino', ['prod_lake', 'deleted_template']),
    });
    expect(response).toMatchObject({ data: { node: null } });
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'NOT_FOUND' }]);
    expect(gw.calls('gravitino').map((entry) => entry.operation)).toEqual(['getJobTemplate']);
  });
});
