import type { GravitinoJob as DomainJob } from '../../../src/domain/gravitino-job';
import {
  GravitinoJobsPageDocument,
  GravitinoJobTemplatesPageDocument,
  type GravitinoJobsPageQueryVariables,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** Query.gravitinoJobs: every field, the filters, ordering and argument checks. */

const iso = (millis: number | null) => (millis === null ? null : new Date(millis).toISOString());

describe('Query.gravitinoJobs', () => {
  let gw: TestGateway;
  let devJobs: DomainJob[];

  const page = (variables: Partial<GravitinoJobsPageQueryVariables>) =>
    gw.run(GravitinoJobsPageDocument, { metalake: 'dev_lake', ...variables });

  beforeAll(async () => {
    gw = await startTestGateway();
    devJobs = [...(await gw.providers.gravitino[0]!.client.listJobs('dev_lake')).jobs];
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('serves every documented job field, newest queued first, 20 by default', async () => {
    const response = await page({});
    expect(response.errors).toBeUndefined();
    const connection = response.data?.gravitinoJobs;
    expect(connection?.totalCount).toBe(devJobs.length);
    expect(connection?.edges.map((edge) => edge.node?.jobId)).toEqual(
      devJobs.slice(0, 20).map((job) => job.jobId),
    );
    expect(connection?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const job =
      devJobs.find((candidate) => candidate.finishedAt !== null && candidate.audit.lastModifier !== null) ??
      devJobs[0]!;
    const served = (await page({ first: 100 })).data?.gravitinoJobs?.edges.find(
      (edge) => edge.node?.jobId === job.jobId,
    )?.node;
    expect(served).toEqual({
      id: expect.any(String),
      jobId: job.jobId,
      provider: 'GRAVITINO',
      name: job.jobTemplateName,
      status: job.status,
      providerStatus: job.providerStatus,
      createdAt: iso(job.createdAt),
      startedAt: iso(job.startedAt),
      finishedAt: iso(job.finishedAt),
      durationMs: job.durationMs,
      creator: job.audit.creator,
      jobTemplateName: job.jobTemplateName,
      metalake: 'dev_lake',
      queuedAt: iso(job.queuedAt),
      instance: 'gravitino',
      audit: {
        creator: job.audit.creator,
        createTime: iso(job.audit.createTime),
        lastModifier: job.audit.lastModifier,
        lastModifiedTime: iso(job.audit.lastModifiedTime),
      },
    });
    expect(gw.calls('gravitino', 'listJobs')).toHaveLength(2);
  });

  it('statusCounts come from the server and count every status; statuses are filtered in the gateway', async () => {
    const all = (await page({ first: 1 })).data?.gravitinoJobs;
    expect(all?.statusCountsSource).toBe('UPSTREAM');
    expect(all?.statusCounts.map((count) => count.providerStatus)).toEqual([
      'queued',
      'started',
      'failed',
      'succeeded',
      'cancelling',
      'cancelled',
    ]);
    expect(all?.statusCounts.reduce((sum, count) => sum + count.count, 0)).toBe(devJobs.length);
    const finished = (await page({ first: 100, filter: { statuses: ['SUCCEEDED', 'FAILED'] } })).data
      ?.gravitinoJobs;
    const expected = devJobs
      .filter((job) => job.status === 'SUCCEEDED' || job.status === 'FAILED')
      .map((job) => job.jobId);
    expect(finished?.edges.map((edge) => edge.node?.jobId)).toEqual(expected);
    expect(finished?.totalCount).toBe(expected.length);
    // Facet counts: still over the whole list, not only the selected statuses.
    expect(finished?.statusCounts).toEqual(all?.statusCounts);
    // Gravitino has no status parameter: nothing but the (empty) upstream filter was sent.
    expect(gw.calls('gravitino', 'listJobs').map((entry) => entry.query)).toEqual([{}, {}]);
  });

  it('maps every listJobs filter and the order to the documented query parameters', async () => {
    const template = devJobs[0]!.jobTemplateName;
    const since = devJobs[Math.floor(devJobs.length / 2)]!.createdAt!;
    const response = await page({
      first: 100,
      filter: {
        jobTemplateName: template,
        queuedAfter: iso(since),
        startedAfter: iso(since),
        finishedAfter: iso(since),
      },
      orderBy: { field: 'FINISHED_AT', direction: 'ASC' },
    });
    expect(response.errors).toBeUndefined();
    expect(gw.calls('gravitino', 'listJobs')[0]?.query).toEqual({
      jobTemplateName: template,
      queuedAfter: iso(since),
      startedAfter: iso(since),
      finishedAfter: iso(since),
      sortBy: 'finishedAt',
      sortOrder: 'asc',
    });
    const nodes = arrived(response.data?.gravitinoJobs?.edges.map((edge) => edge.node));
    for (const node of nodes) {
      expect(node.jobTemplateName).toBe(template);
      expect(Date.parse(String(node.finishedAt))).toBeGreaterThanOrEqual(since);
    }
    const finished = nodes.map((node) => String(node.finishedAt));
    expect(finished).toEqual([...finished].sort());
  });

  it('an unknown template is the upstream NOT_FOUND, and nulls only gravitinoJobs', async () => {
    const response = await page({ filter: { jobTemplateName: 'no_such_template' } });
    expect(response.data?.gravitinoJobs).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      path: ['gravitinoJobs'],
      extensions: { code: 'NOT_FOUND', upstream: { provider: 'GRAVITINO', operation: 'listJobs' } },
    });
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ last: 101 }, 'last'],
    [{ last: -1 }, 'last'],
    [{ first: 2, last: 2 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ last: 3, before: 'c1.e30.AAAAAAAAAAAAAAAAAAAAAA' }, 'before'],
    [{ filter: { jobTemplateName: '' } }, 'jobTemplateName'],
  ])('refuses %j with BAD_USER_INPUT (argument %s) before any upstream call', async (variables, argument) => {
    const response = await page(variables);
    expect(response.data?.gravitinoJobs).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      path: ['gravitinoJobs'],
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
    expect(gw.calls('gravitino')).toEqual([]);
  });

  it('refuses a tampered cursor and cursors of another list, metalake or filter', async () => {
    const cursor = (await page({ first: 2 })).data?.gravitinoJobs?.pageInfo.endCursor ?? '';
    const [version, body, mac] = cursor.split('.');
    const tampered = `${version}.${body}.${mac?.startsWith('A') ? 'B' : 'A'}${mac?.slice(1)}`;
    const templates = await gw.run(GravitinoJobTemplatesPageDocument, { metalake: 'dev_lake', first: 1 });
    gw.resetEmulators();
    const foreign: Partial<GravitinoJobsPageQueryVariables>[] = [
      { after: tampered },
      { after: cursor, metalake: 'analytics' },
      { after: cursor, filter: { statuses: ['FAILED'] } },
      { after: cursor, orderBy: { direction: 'ASC' } },
      { after: templates.data?.gravitinoJobTemplates?.pageInfo.endCursor },
    ];
    for (const variables of foreign) {
      const response = await page(variables);
      expect(response.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      });
    }
    expect(gw.calls('gravitino')).toEqual([]);
  });
});
