import type { GravitinoJob as DomainJob } from '../../../src/domain/gravitino-job';
import {
  GravitinoJobsPageDocument,
  GravitinoJobTemplatesPageDocument,
  type GravitinoJobsPageQueryVariables,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import {
  GRAVITINO_VERSIONS,
  startGravitinoTestGateway,
  wireJobs,
  withGravitinoVersionSetting,
  type WireJob,
} from '../../helpers/gravitino-versions';
import type { TestGateway } from '../../helpers/test-gateway';

/**
 * Query.gravitinoJobs: every field, the filters, ordering and argument checks, against a main
 * server (which filters, sorts and counts) and a 1.3.0 server (which does none of it, so the
 * gateway must): the same answers either way, checked against the emulator's raw list.
 */

const iso = (millis: number | null) => (millis === null ? null : new Date(millis).toISOString());

/** The wire status as main counts it (`canceled`, 1.3.0's documented spelling, is `cancelled`). */
const countKey = (job: WireJob) => (job.status === 'canceled' ? 'cancelled' : job.status);

/** Counts per wire status over `jobs`, in statusCounts' order. */
function expectedCounts(jobs: readonly WireJob[]): [string, number][] {
  return ['queued', 'started', 'failed', 'succeeded', 'cancelling', 'cancelled'].map((status) => [
    status,
    jobs.filter((job) => countKey(job) === status).length,
  ]);
}

/** Whether instants (ISO strings) never decrease (`asc`) or never increase (`desc`). */
function isMonotonic(values: readonly (string | null | undefined)[], order: 'asc' | 'desc'): boolean {
  const times = values.map((value) => Date.parse(String(value)));
  return times.every(
    (time, i) => i === 0 || (order === 'asc' ? time >= times[i - 1]! : time <= times[i - 1]!),
  );
}

/** The runs of one dev_lake template queued at or after the middle of its history, from the raw list. */
function templateWindow(wire: readonly WireJob[]): { template: string; since: number; jobs: WireJob[] } {
  const template = wire[0]!.jobTemplateName;
  const times = wire.map((job) => Date.parse(job.audit.createTime)).sort((a, b) => a - b);
  const since = times[Math.floor(times.length / 3)]!;
  const jobs = wire.filter(
    (job) => job.jobTemplateName === template && Date.parse(job.audit.createTime) >= since,
  );
  return { template, since, jobs };
}

describe.each(GRAVITINO_VERSIONS)('Query.gravitinoJobs against Gravitino %s', (version) => {
  let gw: TestGateway;
  let devJobs: DomainJob[];
  let wire: WireJob[];

  const page = (variables: Partial<GravitinoJobsPageQueryVariables>) =>
    gw.run(GravitinoJobsPageDocument, { metalake: 'dev_lake', ...variables });

  beforeAll(async () => {
    gw = await startGravitinoTestGateway(version);
    wire = await wireJobs(gw, 'dev_lake');
    devJobs = [...(await gw.providers.gravitino[0]!.client.listJobs('dev_lake')).jobs];
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('serves every documented job field, newest queued first, 20 by default', async () => {
    expect(new Set(devJobs.map((job) => job.jobId))).toEqual(new Set(wire.map((job) => job.jobId)));
    expect(
      isMonotonic(
        devJobs.map((job) => iso(job.createdAt)),
        'desc',
      ),
    ).toBe(true);
    // A 1.3.0 server reports no job times: those fields are null, createdAt comes from the audit.
    expect(devJobs.some((job) => job.startedAt !== null)).toBe(version === 'main');
    expect(devJobs.some((job) => job.queuedAt !== null)).toBe(version === 'main');
    const response = await page({});
    expect(response.errors).toBeUndefined();
    const connection = response.data?.gravitinoJobs;
    expect(connection?.totalCount).toBe(wire.length);
    expect(connection?.edges.map((edge) => edge.node?.jobId)).toEqual(
      devJobs.slice(0, 20).map((job) => job.jobId),
    );
    expect(connection?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const job =
      devJobs.find(
        (candidate) => candidate.audit.lastModifier !== null && candidate.status === 'SUCCEEDED',
      ) ?? devJobs[0]!;
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
    expect(served?.createdAt).toBe(served?.audit.createTime);
    expect(gw.calls('gravitino', 'listJobs')).toHaveLength(2);
  });

  it('statusCounts count every status (sent by main, counted by the gateway for 1.3.0); statuses are filtered in the gateway', async () => {
    const all = (await page({ first: 1 })).data?.gravitinoJobs;
    expect(all?.statusCountsSource).toBe(version === 'main' ? 'UPSTREAM' : 'COUNTED');
    expect(all?.statusCounts.map((count) => [count.providerStatus, count.count])).toEqual(
      expectedCounts(wire),
    );
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

  it('applies the template, queuedAfter and the order, counting after them, whether the server does or not', async () => {
    const { template, since, jobs } = templateWindow(wire);
    expect(jobs.length).toBeGreaterThan(2);
    const response = await page({
      first: 100,
      filter: { jobTemplateName: template, queuedAfter: iso(since) },
      orderBy: { field: 'QUEUED_AT', direction: 'ASC' },
    });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.gravitinoJobs;
    const nodes = arrived(connection?.edges.map((edge) => edge.node));
    expect(new Set(nodes.map((node) => node.jobId))).toEqual(new Set(jobs.map((job) => job.jobId)));
    expect(
      isMonotonic(
        nodes.map((node) => node.createdAt),
        'asc',
      ),
    ).toBe(true);
    expect(connection?.totalCount).toBe(jobs.length);
    expect(connection?.statusCounts.map((count) => [count.providerStatus, count.count])).toEqual(
      expectedCounts(jobs),
    );
    expect(connection?.statusCountsSource).toBe(version === 'main' ? 'UPSTREAM' : 'COUNTED');
    // `auto` sends every parameter: the answer tells whether the server read them.
    expect(gw.calls('gravitino', 'listJobs').map((entry) => entry.query)).toEqual([
      { jobTemplateName: template, queuedAfter: iso(since), sortBy: 'queuedAt', sortOrder: 'asc' },
    ]);
  });

  if (version === 'main') {
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
  } else {
    it.each([
      [{ filter: { startedAfter: '2026-10-20T00:00:00.000Z' } }, 'startedAfter'],
      [{ filter: { finishedAfter: '2026-10-20T00:00:00.000Z' } }, 'finishedAfter'],
      [{ orderBy: { field: 'STARTED_AT' } }, 'orderBy'],
      [{ orderBy: { field: 'FINISHED_AT', direction: 'ASC' } }, 'orderBy'],
    ] as const)(
      'refuses %j with BAD_USER_INPUT (argument %s) once the answer shows no job times: nothing invented',
      async (variables, argument) => {
        const response = await page(variables);
        expect(response.data?.gravitinoJobs).toBeNull();
        expect(response.errors?.[0]).toMatchObject({
          path: ['gravitinoJobs'],
          message: expect.stringContaining('does not report'),
          extensions: { code: 'BAD_USER_INPUT', argument },
        });
        expect(gw.calls('gravitino', 'listJobs')).toHaveLength(1);
      },
    );
  }

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
    const [cursorVersion, body, mac] = cursor.split('.');
    const tampered = `${cursorVersion}.${body}.${mac?.startsWith('A') ? 'B' : 'A'}${mac?.slice(1)}`;
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

describe('Query.gravitinoJobs with the instance configured as version 1.3.0', () => {
  let gw: TestGateway;
  let wire: WireJob[];

  const page = (variables: Partial<GravitinoJobsPageQueryVariables>) =>
    gw.run(GravitinoJobsPageDocument, { metalake: 'dev_lake', ...variables });

  beforeAll(async () => {
    gw = await startGravitinoTestGateway('1.3.0', { config: withGravitinoVersionSetting('1.3.0') });
    wire = await wireJobs(gw, 'dev_lake');
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  it('sends only jobTemplateName, which is all 1.3.0 reads, and filters, sorts and counts the rest itself', async () => {
    const { template, since, jobs } = templateWindow(wire);
    const response = await page({
      first: 100,
      filter: { jobTemplateName: template, queuedAfter: iso(since) },
      orderBy: { direction: 'ASC' },
    });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.gravitinoJobs;
    const nodes = arrived(connection?.edges.map((edge) => edge.node));
    expect(new Set(nodes.map((node) => node.jobId))).toEqual(new Set(jobs.map((job) => job.jobId)));
    expect(
      isMonotonic(
        nodes.map((node) => node.createdAt),
        'asc',
      ),
    ).toBe(true);
    expect(connection?.statusCounts.map((count) => [count.providerStatus, count.count])).toEqual(
      expectedCounts(jobs),
    );
    expect(gw.calls('gravitino', 'listJobs').map((entry) => entry.query)).toEqual([
      { jobTemplateName: template },
    ]);
  });

  it.each([
    [{ filter: { startedAfter: '2026-10-20T00:00:00.000Z' } }, 'startedAfter'],
    [{ filter: { finishedAfter: '2026-10-20T00:00:00.000Z' } }, 'finishedAfter'],
    [{ orderBy: { field: 'STARTED_AT' } }, 'orderBy'],
  ] as const)(
    'refuses %j with BAD_USER_INPUT (argument %s) before any upstream call',
    async (variables, argument) => {
      const response = await page(variables);
      expect(response.errors?.[0]).toMatchObject({
        path: ['gravitinoJobs'],
        extensions: { code: 'BAD_USER_INPUT', argument },
      });
      expect(gw.calls('gravitino')).toEqual([]);
    },
  );
});
