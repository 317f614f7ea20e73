import {
  createGravitinoEmulator,
  type GravitinoEmulatorDefinition,
} from '../../src/emulators/gravitino/gravitino.emulator';
import { signHs256Jwt } from '../../src/emulators/gravitino/jwt-hs256.gateway';
import { startEmulatorServer, type RunningEmulator } from '../../src/emulators/shared/http-server';
import { postFaults } from '../helpers/emulator-hooks';
import { describeFaultKinds, type CallOutcome } from '../helpers/fault-contract';
import { loadGravitinoOpenApiValidator } from '../helpers/gravitino-openapi-validator';

/** Drives the Gravitino emulator over plain HTTP, as Gravitino's REST clients do. */

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);
const SEED = 'gravitino-contract';
const SIGN_KEY = Buffer.from('jobgraph-gravitino-emulator-test-sign-key!').toString('base64');
const V1 = 'application/vnd.gravitino.v1+json';
const STATUSES = ['queued', 'started', 'failed', 'succeeded', 'cancelling', 'cancelled'] as const;

interface Audit {
  creator: string;
  createTime: string;
  lastModifier?: string;
  lastModifiedTime?: string;
}
interface Job {
  jobId: string;
  jobTemplateName: string;
  status: (typeof STATUSES)[number];
  audit: Audit;
  queuedAt: string;
  startedAt?: string;
  finishedAt?: string;
}
interface JobList {
  code: number;
  jobs: Job[];
  statusCounts: Record<string, number>;
}
interface ErrorBody {
  code: number;
  type: string;
  message: string;
  stack?: string[];
}
interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

const validator = loadGravitinoOpenApiValidator();

function basic(user: string, password = 'dummy'): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** GET with Gravitino's client headers; every answer is checked against the OpenAPI spec. */
async function get<T = unknown>(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await fetch(`${base}${path}`, {
    headers: { accept: V1, authorization: basic('jobgraph'), ...headers },
  });
  const body = JSON.parse(await res.text()) as T;
  const problems = validator.validate('GET', path.split('?')[0] ?? path, res.status, body);
  expect({ path, status: res.status, problems }).toEqual({ path, status: res.status, problems: [] });
  return { status: res.status, headers: res.headers, body };
}

/** Epoch µs of an ISO instant with up to 6 fraction digits (what the emulator writes). */
function micros(iso: string | undefined): number | null {
  if (iso === undefined) return null;
  const m = /^(.+T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/.exec(iso);
  if (!m) throw new Error(`unexpected instant ${iso}`);
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0'));
}

/** RFC 3339 with microseconds, written independently of the emulator's formatter. */
function rfc3339(us: number): string {
  const seconds = Math.floor(us / 1_000_000);
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${String(us - seconds * 1_000_000).padStart(6, '0')}Z`;
}

function seq(job: Job): number {
  return Number(job.jobId.slice('job-'.length));
}

type SortField = 'queuedAt' | 'startedAt' | 'finishedAt';

/** The documented order: by the field, nulls last in either order, ties in store (ascending id) order. */
function expectedOrder(jobs: readonly Job[], field: SortField, order: 'asc' | 'desc'): string[] {
  const keyed = jobs.filter((job) => job[field] !== undefined);
  const missing = jobs.filter((job) => job[field] === undefined).sort((a, b) => seq(a) - seq(b));
  const sign = order === 'asc' ? 1 : -1;
  keyed.sort((a, b) => sign * ((micros(a[field]) ?? 0) - (micros(b[field]) ?? 0)) || seq(a) - seq(b));
  return [...keyed, ...missing].map((job) => job.jobId);
}

function countStatuses(jobs: readonly Job[]): Record<string, number> {
  return Object.fromEntries(
    STATUSES.map((status) => [status, jobs.filter((job) => job.status === status).length]),
  );
}

describe('Gravitino jobs REST API emulator (conformance)', () => {
  let definition: GravitinoEmulatorDefinition;
  let emulator: RunningEmulator;
  let oauthEmulator: RunningEmulator;
  let oauthDefinition: GravitinoEmulatorDefinition;
  let stackEmulator: RunningEmulator;
  let url: string;
  let prodJobs: Job[];

  beforeAll(async () => {
    definition = createGravitinoEmulator({ seed: SEED, scale: 'small', referenceTime: REFERENCE_TIME });
    emulator = await startEmulatorServer(definition, { port: 0 });
    url = emulator.url;
    oauthDefinition = createGravitinoEmulator({
      seed: SEED,
      scale: 'small',
      referenceTime: REFERENCE_TIME,
      oauth: { signKey: SIGN_KEY },
      now: () => REFERENCE_TIME,
    });
    oauthEmulator = await startEmulatorServer(oauthDefinition, { port: 0 });
    stackEmulator = await startEmulatorServer(
      createGravitinoEmulator({
        seed: SEED,
        scale: 'small',
        referenceTime: REFERENCE_TIME,
        includeStack: true,
      }),
      { port: 0 },
    );
    prodJobs = (await get<JobList>(url, '/api/metalakes/prod_lake/jobs/runs')).body.jobs;
  });

  afterAll(async () => {
    await Promise.all([emulator?.stop(), oauthEmulator?.stop(), stackEmulator?.stop()]);
  });

  describe('metalakes', () => {
    it('lists every metalake, and loads each one alone', async () => {
      const { body } = await get<{ code: number; metalakes: { name: string }[] }>(url, '/api/metalakes');
      expect(body.code).toBe(0);
      expect(body.metalakes.map((m) => m.name)).toEqual([
        'prod_lake',
        'analytics',
        'dev_lake',
        'archive_lake',
      ]);
      for (const metalake of body.metalakes) {
        const one = await get<{ code: number; metalake: unknown }>(url, `/api/metalakes/${metalake.name}`);
        expect(one.body).toEqual({ code: 0, metalake });
      }
    });

    it('answers an unknown metalake with 404 / 1003 NoSuchMetalakeException', async () => {
      const { status, body } = await get<ErrorBody>(url, '/api/metalakes/nope');
      expect(status).toBe(404);
      expect(body).toEqual({
        code: 1003,
        type: 'NoSuchMetalakeException',
        message:
          'Failed to operate metalake(s) [nope] operation [LOAD], reason [Metalake nope does not exist]',
      });
    });
  });

  describe('job templates', () => {
    it('lists names, or full shell and spark templates with details=true, in the same order', async () => {
      for (const metalake of ['prod_lake', 'analytics', 'dev_lake', 'archive_lake']) {
        const names = await get<{ names: string[] }>(url, `/api/metalakes/${metalake}/jobs/templates`);
        const details = await get<{ jobTemplates: { name: string; jobType: string }[] }>(
          url,
          `/api/metalakes/${metalake}/jobs/templates?details=true`,
        );
        expect(details.body.jobTemplates.map((t) => t.name)).toEqual(names.body.names);
        expect(new Set(details.body.jobTemplates.map((t) => t.jobType))).toEqual(new Set(['shell', 'spark']));
        for (const template of details.body.jobTemplates) {
          const one = await get(url, `/api/metalakes/${metalake}/jobs/templates/${template.name}`);
          expect(one.body).toEqual({ code: 0, jobTemplate: template });
        }
      }
    });

    it('reads details like Java booleans: TRUE is true, anything else is false (never a 400)', async () => {
      expect(
        Object.keys((await get(url, '/api/metalakes/dev_lake/jobs/templates?details=TRUE')).body as object),
      ).toContain('jobTemplates');
      expect(
        Object.keys((await get(url, '/api/metalakes/dev_lake/jobs/templates?details=yes')).body as object),
      ).toContain('names');
    });

    it('carries realistic spark content: className (absent for PySpark), jars, files, archives, configs', async () => {
      const all = await Promise.all(
        ['prod_lake', 'analytics', 'dev_lake'].map((m) =>
          get<{ jobTemplates: Record<string, unknown>[] }>(
            url,
            `/api/metalakes/${m}/jobs/templates?details=true`,
          ),
        ),
      );
      const spark = all.flatMap((r) => r.body.jobTemplates).filter((t) => t.jobType === 'spark');
      expect(spark.some((t) => typeof t.className === 'string' && (t.jars as string[]).length > 0)).toBe(
        true,
      );
      expect(spark.every((t) => t.className !== null)).toBe(true);
      expect(spark.some((t) => t.className === undefined && String(t.executable).endsWith('.py'))).toBe(true);
    });

    it('answers unknown templates and metalakes with 404 / 1003', async () => {
      const missing = await get<ErrorBody>(url, '/api/metalakes/prod_lake/jobs/templates/nope');
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        code: 1003,
        type: 'NoSuchJobTemplateException',
        message:
          'Failed to operate job template(s) [nope] operation [GET] under object [prod_lake], reason [Job template with name nope under metalake prod_lake does not exist]',
      });
      const noLake = await get<ErrorBody>(url, '/api/metalakes/nope/jobs/templates');
      expect(noLake.status).toBe(404);
      expect(noLake.body).toMatchObject({ code: 1003, type: 'NoSuchMetalakeException' });
      expect(noLake.body.message).toBe(
        'Failed to operate job template(s) operation [LIST] under object [nope], reason [Metalake nope does not exist]',
      );
    });
  });

  describe('job runs: list and get', () => {
    it('returns the whole list at once, newest queued first, with statusCounts over it', async () => {
      const { body } = await get<JobList>(url, '/api/metalakes/prod_lake/jobs/runs');
      expect(body.code).toBe(0);
      expect(body.jobs.map((j) => j.jobId)).toEqual(expectedOrder(body.jobs, 'queuedAt', 'desc'));
      expect(body.statusCounts).toEqual(countStatuses(body.jobs));
      for (const status of STATUSES) expect(body.statusCounts[status]).toBeGreaterThan(0);
      let total = 0;
      for (const metalake of ['prod_lake', 'analytics', 'dev_lake', 'archive_lake']) {
        total += (await get<JobList>(url, `/api/metalakes/${metalake}/jobs/runs`)).body.jobs.length;
      }
      expect(total).toBe(definition.dataset.jobCount);
      expect(total).toBe(400);
    });

    it('writes coherent jobs: ids, statuses spelled as on the wire, timestamps per status, NON_NULL', async () => {
      const lower = REFERENCE_TIME * 1000 - 30 * 86_400_000_000;
      const upper = REFERENCE_TIME * 1000;
      for (const job of prodJobs) {
        expect(job.jobId).toMatch(/^job-\d+$/);
        expect(job.queuedAt).toBe(job.audit.createTime);
        const [queued, started, finished] = [
          micros(job.queuedAt),
          micros(job.startedAt),
          micros(job.finishedAt),
        ];
        expect(queued).toBeGreaterThanOrEqual(lower);
        expect(queued).toBeLessThanOrEqual(upper);
        if (started !== null) expect(started).toBeGreaterThanOrEqual(queued ?? 0);
        if (finished !== null) expect(finished).toBeGreaterThanOrEqual(started ?? queued ?? 0);
        if (finished !== null) expect(finished).toBeLessThanOrEqual(upper);
        for (const value of [...Object.values(job), ...Object.values(job.audit)])
          expect(value).not.toBeNull();
        if (job.status === 'queued')
          expect([job.startedAt, job.finishedAt, job.audit.lastModifier]).toEqual([
            undefined,
            undefined,
            undefined,
          ]);
        if (job.status === 'started')
          expect([typeof job.startedAt, job.finishedAt]).toEqual(['string', undefined]);
        if (job.status === 'succeeded' || job.status === 'failed')
          expect([typeof job.startedAt, typeof job.finishedAt]).toEqual(['string', 'string']);
        if (job.status === 'cancelled') expect(typeof job.finishedAt).toBe('string');
        if (job.status === 'cancelling') expect(job.finishedAt).toBeUndefined();
      }
      const serialized = JSON.stringify(prodJobs);
      expect(serialized).not.toContain('"canceled"');
      expect(serialized).not.toContain('null');
      const templates = new Set(prodJobs.map((job) => job.jobTemplateName));
      expect(templates.size).toBeLessThan(prodJobs.length);
    });

    it('gets every listed job alone, identical to its list entry', async () => {
      for (const metalake of ['prod_lake', 'analytics', 'dev_lake']) {
        const { body } = await get<JobList>(url, `/api/metalakes/${metalake}/jobs/runs`);
        for (const job of body.jobs.filter((_job, i) => i % 5 === 0)) {
          expect((await get(url, `/api/metalakes/${metalake}/jobs/runs/${job.jobId}`)).body).toEqual({
            code: 0,
            job,
          });
        }
      }
    });

    it('answers an unknown job, or a job of another metalake, with 404 / 1003 NoSuchJobException', async () => {
      const { status, body } = await get<ErrorBody>(url, '/api/metalakes/prod_lake/jobs/runs/job-1');
      expect(status).toBe(404);
      expect(body).toEqual({
        code: 1003,
        type: 'NoSuchJobException',
        message:
          'Failed to operate job(s) [job-1] operation [GET] under object [prod_lake], reason [Job with ID job-1 under metalake prod_lake does not exist]',
      });
      const prodJob = prodJobs[0]?.jobId ?? '';
      expect((await get<ErrorBody>(url, `/api/metalakes/dev_lake/jobs/runs/${prodJob}`)).body.type).toBe(
        'NoSuchJobException',
      );
      const noLake = await get<ErrorBody>(url, '/api/metalakes/nope/jobs/runs');
      expect([noLake.status, noLake.body.code, noLake.body.type]).toEqual([
        404,
        1003,
        'NoSuchMetalakeException',
      ]);
      expect(noLake.body.message).toBe(
        'Failed to operate job(s) operation [LIST] under object [nope], reason [Metalake nope does not exist]',
      );
    });

    it('answers a metalake without jobs with an empty list and zero counts', async () => {
      const { body } = await get<JobList>(url, '/api/metalakes/archive_lake/jobs/runs');
      expect(body).toEqual({ code: 0, jobs: [], statusCounts: countStatuses([]) });
    });
  });

  describe('job runs: jobTemplateName', () => {
    it('lists exactly the runs of each template, in the same order', async () => {
      const names = (await get<{ names: string[] }>(url, '/api/metalakes/prod_lake/jobs/templates')).body
        .names;
      let seen = 0;
      for (const name of names) {
        const { body } = await get<JobList>(
          url,
          `/api/metalakes/prod_lake/jobs/runs?jobTemplateName=${name}`,
        );
        expect(body.jobs).toEqual(prodJobs.filter((job) => job.jobTemplateName === name));
        expect(body.statusCounts).toEqual(countStatuses(body.jobs));
        seen += body.jobs.length;
      }
      expect(seen).toBe(prodJobs.length);
      const unused = names.filter((name) => !prodJobs.some((job) => job.jobTemplateName === name));
      expect(unused.length).toBeGreaterThan(0);
    });

    it('answers an unknown template with 404 / 1003 and an empty name with 400 / 1001', async () => {
      const unknown = await get<ErrorBody>(url, '/api/metalakes/prod_lake/jobs/runs?jobTemplateName=nope');
      expect([unknown.status, unknown.body.code, unknown.body.type]).toEqual([
        404,
        1003,
        'NoSuchJobTemplateException',
      ]);
      const empty = await get<ErrorBody>(url, '/api/metalakes/prod_lake/jobs/runs?jobTemplateName=');
      expect([empty.status, empty.body.code]).toEqual([400, 1001]);
    });
  });

  describe('job runs: time filters', () => {
    const filterCases: [string, (job: Job) => number | null][] = [
      ['queuedAfter', (job) => micros(job.queuedAt)],
      ['startedAfter', (job) => micros(job.startedAt)],
      ['finishedAfter', (job) => micros(job.finishedAt)],
    ];

    it.each(filterCases)(
      '%s is an inclusive lower bound; jobs lacking the time never match',
      async (param, time) => {
        const times = prodJobs
          .map(time)
          .filter((t): t is number => t !== null)
          .sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)] ?? 0;
        for (const threshold of [median, median + 1, times[0] ?? 0]) {
          const { body } = await get<JobList>(
            url,
            `/api/metalakes/prod_lake/jobs/runs?${param}=${rfc3339(threshold)}`,
          );
          const expected = prodJobs.filter((job) => (time(job) ?? -Infinity) >= threshold);
          expect(body.jobs).toEqual(expected);
          expect(body.statusCounts).toEqual(countStatuses(expected));
        }
        const { body } = await get<JobList>(
          url,
          `/api/metalakes/prod_lake/jobs/runs?${param}=${rfc3339(median)}`,
        );
        expect(body.jobs.some((job) => time(job) === median)).toBe(true);
        if (param !== 'queuedAfter') expect(body.statusCounts.queued).toBe(0);
        if (param === 'finishedAfter')
          expect([body.statusCounts.started, body.statusCounts.cancelling]).toEqual([0, 0]);
      },
    );

    it('AND-combines the filters, with any sort', async () => {
      const q = micros(prodJobs[Math.floor(prodJobs.length * 0.7)]?.queuedAt) ?? 0;
      const s = q + 3_600_000_000;
      const expected = prodJobs.filter(
        (job) => (micros(job.queuedAt) ?? 0) >= q && (micros(job.startedAt) ?? -Infinity) >= s,
      );
      for (const [sortBy, sortOrder] of [
        ['queuedAt', 'desc'],
        ['startedAt', 'asc'],
        ['finishedAt', 'desc'],
      ] as const) {
        const { body } = await get<JobList>(
          url,
          `/api/metalakes/prod_lake/jobs/runs?queuedAfter=${rfc3339(q)}&startedAfter=${rfc3339(s)}&sortBy=${sortBy}&sortOrder=${sortOrder}`,
        );
        expect(body.jobs.map((job) => job.jobId)).toEqual(expectedOrder(expected, sortBy, sortOrder));
        expect(body.statusCounts).toEqual(countStatuses(expected));
      }
    });

    it('accepts what OffsetDateTime.parse accepts: offsets, lower case, no seconds, nanoseconds', async () => {
      const reference = (
        await get<JobList>(url, '/api/metalakes/prod_lake/jobs/runs?queuedAfter=2026-08-10T00:00:00Z')
      ).body;
      for (const instant of [
        '2026-08-10T08:00:00%2B08:00',
        '2026-08-09T19:00-05:00',
        '2026-08-10t00:00:00z',
        '2026-08-10T00:00:00.000000000Z',
      ]) {
        expect(
          (await get<JobList>(url, `/api/metalakes/prod_lake/jobs/runs?queuedAfter=${instant}`)).body,
        ).toEqual(reference);
      }
      expect(reference.jobs.length).toBeGreaterThan(0);
      expect(reference.jobs.length).toBeLessThan(prodJobs.length);
    });

    it.each([
      ['queuedAfter', 'yesterday'],
      ['startedAfter', '2026-02-30T00:00:00Z'],
      ['finishedAfter', '2026-08-18T00:00:00'],
      ['queuedAfter', '2026-08-18T24:00:00Z'],
      ['queuedAfter', ''],
    ])('answers %s=%s with 400 / 1001 IllegalArgumentException', async (param, value) => {
      const { status, body } = await get<ErrorBody>(
        url,
        `/api/metalakes/prod_lake/jobs/runs?${param}=${encodeURIComponent(value)}`,
      );
      expect([status, body.code, body.type]).toEqual([400, 1001, 'IllegalArgumentException']);
      expect(body.message).toMatch(
        new RegExp(
          `^Failed to operate job\\(s\\) operation \\[LIST\\] under object \\[prod_lake\\], reason \\[Invalid ${param} `,
        ),
      );
    });
  });

  describe('job runs: sortBy and sortOrder', () => {
    const orders = (['queuedAt', 'startedAt', 'finishedAt'] as const).flatMap((field) =>
      (['asc', 'desc'] as const).map((order) => [field, order] as const),
    );

    it.each(orders)(
      'sortBy=%s sortOrder=%s sorts by the field, jobs lacking it last',
      async (field, order) => {
        for (const metalake of ['prod_lake', 'dev_lake']) {
          const all = (await get<JobList>(url, `/api/metalakes/${metalake}/jobs/runs`)).body.jobs;
          const { body } = await get<JobList>(
            url,
            `/api/metalakes/${metalake}/jobs/runs?sortBy=${field}&sortOrder=${order}`,
          );
          expect(body.jobs.map((job) => job.jobId)).toEqual(expectedOrder(all, field, order));
          const firstMissing = body.jobs.findIndex((job) => job[field] === undefined);
          if (field !== 'queuedAt') expect(firstMissing).toBeGreaterThan(0);
          if (firstMissing >= 0)
            expect(body.jobs.slice(firstMissing).every((job) => job[field] === undefined)).toBe(true);
        }
      },
    );

    it('defaults to queuedAt desc, and sortOrder alone applies to queuedAt', async () => {
      const asc = (await get<JobList>(url, '/api/metalakes/prod_lake/jobs/runs?sortOrder=asc')).body.jobs;
      expect(asc.map((job) => job.jobId)).toEqual(expectedOrder(prodJobs, 'queuedAt', 'asc'));
    });

    it.each([
      ['sortBy', 'name'],
      ['sortBy', 'queuedat'],
      ['sortOrder', 'DESC'],
      ['sortOrder', ''],
    ])('answers %s=%s with 400 / 1001', async (param, value) => {
      const { status, body } = await get<ErrorBody>(
        url,
        `/api/metalakes/prod_lake/jobs/runs?${param}=${value}`,
      );
      expect([status, body.code, body.type]).toEqual([400, 1001, 'IllegalArgumentException']);
    });

    it('ignores unknown query parameters', async () => {
      expect(
        (await get<JobList>(url, '/api/metalakes/prod_lake/jobs/runs?limit=5&page=2')).body.jobs,
      ).toEqual(prodJobs);
    });
  });

  describe('headers and unknown paths', () => {
    it('answers Content-Type application/json for success and errors', async () => {
      expect((await get(url, '/api/metalakes')).headers.get('content-type')).toBe('application/json');
      expect((await get(url, '/api/metalakes/nope')).headers.get('content-type')).toBe('application/json');
    });

    it('accepts v1, no version and plain JSON; refuses other versions with 406', async () => {
      expect((await get(url, '/api/metalakes', { accept: 'application/json' })).status).toBe(200);
      expect((await get(url, '/api/metalakes', { accept: '*/*' })).status).toBe(200);
      const v2 = await get<ErrorBody>(url, '/api/metalakes/prod_lake/jobs/runs', {
        accept: 'application/vnd.gravitino.v2+json',
      });
      expect([v2.status, v2.body.message]).toEqual([406, 'Unsupported version']);
      const byContentType = await get(url, '/api/metalakes', {
        accept: 'application/json',
        'content-type': 'application/vnd.gravitino.v9+json',
      });
      expect(byContentType.status).toBe(406);
    });

    it('answers unknown paths with 404 / 1003 and other methods with 405 / 1006, in the JSON envelope', async () => {
      for (const path of ['/api/nothing', '/api/metalakes/prod_lake/jobs', '/metrics']) {
        const res = await fetch(`${url}${path}`);
        expect([res.status, await res.json()]).toEqual([
          404,
          { code: 1003, type: 'NotFoundException', message: 'HTTP 404 Not Found' },
        ]);
      }
      const post = await fetch(`${url}/api/metalakes/prod_lake/jobs/runs`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      expect(post.status).toBe(405);
      expect(await post.json()).toMatchObject({ code: 1006, type: 'UnsupportedOperationException' });
    });

    it('omits stack by default and sends it when includeStack is set', async () => {
      expect(
        (await get<ErrorBody>(url, '/api/metalakes/prod_lake/jobs/runs/job-1')).body.stack,
      ).toBeUndefined();
      const withStack = await get<ErrorBody>(stackEmulator.url, '/api/metalakes/prod_lake/jobs/runs/job-1');
      expect(withStack.body.stack?.[0]).toBe(
        'org.apache.gravitino.exceptions.NoSuchJobException: Job with ID job-1 under metalake prod_lake does not exist',
      );
    });
  });

  describe('simple authentication', () => {
    function lastCaller(): string | undefined {
      return definition.callers().at(-1)?.user;
    }

    it('takes the user before the colon of Basic user:password', async () => {
      await get(url, '/api/metalakes', { authorization: basic('alice') });
      expect(lastCaller()).toBe('alice');
    });

    it.each([
      ['no header', undefined],
      ['admin: (Java split drops the empty password)', basic('admin', '')],
      ['invalid base64', 'Basic %%%'],
      ['a bare colon (no user, no password)', `Basic ${Buffer.from(':').toString('base64')}`],
    ])('maps %s to anonymous', async (_label, header) => {
      const res = await fetch(`${url}/api/metalakes`, {
        headers: header === undefined ? {} : { authorization: header },
      });
      expect(res.status).toBe(200);
      expect(lastCaller()).toBe('anonymous');
    });

    it('refuses a header no simple authenticator supports with 401 / 1011', async () => {
      const { status, body } = await get<ErrorBody>(url, '/api/metalakes', { authorization: 'Bearer abc' });
      expect([status, body.code, body.type]).toEqual([401, 1011, 'UnauthorizedException']);
    });
  });

  describe('OAuth authentication', () => {
    const now = Math.floor(REFERENCE_TIME / 1000);
    const token = (claims: Record<string, unknown>, key = SIGN_KEY) => `Bearer ${signHs256Jwt(claims, key)}`;

    it('accepts an HS256 token for the service audience and takes the principal from sub', async () => {
      for (const aud of ['GravitinoServer', ['other', 'GravitinoServer']]) {
        const { status } = await get(oauthEmulator.url, '/api/metalakes', {
          authorization: token({ sub: 'svc-jobgraph', aud, exp: now + 60 }),
        });
        expect(status).toBe(200);
        expect(oauthDefinition.callers().at(-1)?.user).toBe('svc-jobgraph');
      }
    });

    it.each([
      [
        'wrong audience',
        () => token({ sub: 'u', aud: 'SomethingElse', exp: now + 60 }),
        "Audience in the token [SomethingElse] doesn't contain GravitinoServer",
      ],
      ['no audience', () => token({ sub: 'u', exp: now + 60 }), 'Found null Audience in token'],
      ['expired', () => token({ sub: 'u', aud: 'GravitinoServer', exp: now - 1 }), 'JWT parse error'],
      ['not yet valid', () => token({ sub: 'u', aud: 'GravitinoServer', nbf: now + 60 }), 'JWT parse error'],
      [
        'another key',
        () => token({ sub: 'u', aud: 'GravitinoServer' }, Buffer.alloc(32, 1).toString('base64')),
        'JWT parse error',
      ],
      ['garbage token', () => 'Bearer not.a.jwt', 'JWT parse error'],
      ['missing header', () => undefined, 'The provided credentials did not support'],
      ['Basic header', () => basic('alice'), 'The provided credentials did not support'],
    ])('refuses %s with 401 / 1011 and a Bearer challenge', async (_label, header, message) => {
      const authorization = header();
      const res = await fetch(`${oauthEmulator.url}/api/metalakes/prod_lake/jobs/runs`, {
        headers: { accept: V1, ...(authorization ? { authorization } : {}) },
      });
      const body = (await res.json()) as ErrorBody;
      expect(validator.validate('GET', '/api/metalakes/prod_lake/jobs/runs', res.status, body)).toEqual([]);
      expect([res.status, body, res.headers.get('www-authenticate')]).toEqual([
        401,
        { code: 1011, type: 'UnauthorizedException', message },
        'Bearer',
      ]);
    });
  });

  describe('injected status and throttle bodies', () => {
    it('keeps a numeric Gravitino code and maps a status to its code and type otherwise', async () => {
      await postFaults(url, {
        operation: 'getJob',
        times: 1,
        kind: 'status',
        status: 404,
        code: '1003',
        message: 'gone',
      });
      await postFaults(url, {
        operation: 'getJob',
        times: 1,
        kind: 'status',
        status: 502,
        code: 'BadGateway',
        message: 'upstream down',
      });
      const path = `/api/metalakes/prod_lake/jobs/runs/${prodJobs[0]?.jobId ?? ''}`;
      expect((await get(url, path)).body).toEqual({ code: 1003, type: 'NotFoundException', message: 'gone' });
      expect((await get(url, path)).body).toEqual({
        code: 1007,
        type: 'BadGateway',
        message: 'upstream down',
      });
    });

    it('throttles with 429, Retry-After in whole seconds (rounded up) and an ErrorModel body', async () => {
      await postFaults(url, { operation: 'listMetalakes', times: 1, kind: 'throttle', retryAfterMs: 1500 });
      const { status, headers, body } = await get<ErrorBody>(url, '/api/metalakes');
      expect([status, headers.get('retry-after'), body.code]).toEqual([429, '2', 1000]);
    });
  });

  describeFaultKinds('gravitino', {
    url: () => url,
    operation: 'listJobs',
    expectedStatusCode: () => '1002',
    otherOperation: { name: 'listMetalakes', call: () => callOutcome(`${url}/api/metalakes`) },
    call: () => callOutcome(`${url}/api/metalakes/dev_lake/jobs/runs`),
  });
});

/** One call as a Gravitino client sees it: a parsed `{code: 0}` body, or a failure. */
async function callOutcome(target: string): Promise<CallOutcome> {
  try {
    const res = await fetch(target, { headers: { accept: V1, authorization: basic('jobgraph') } });
    const body = JSON.parse(await res.text()) as { code?: number };
    if (res.ok && body.code === 0) return { ok: true, body };
    const retryAfter = res.headers.get('retry-after');
    return {
      ok: false,
      status: res.status,
      ...(body.code !== undefined ? { code: String(body.code) } : {}),
      ...(retryAfter !== null ? { retryAfterMs: Number(retryAfter) * 1000 } : {}),
    };
  } catch {
    return { ok: false };
  }
}
