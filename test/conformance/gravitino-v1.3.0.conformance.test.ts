import { createGravitinoEmulator } from '../../src/emulators/gravitino/gravitino.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../src/emulators/shared/http-server';
import { loadGravitinoOpenApiValidator } from '../helpers/gravitino-openapi-validator';

/**
 * The Gravitino emulator answering as the v1.3.0 release, over plain HTTP: every answer is checked
 * against v1.3.0's own jobs.yaml, and its jobs are main's jobs (same seed) in 1.3.0's wire shape.
 */

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);
const SEED = 'gravitino-contract';
const V1 = 'application/vnd.gravitino.v1+json';
const METALAKES = ['prod_lake', 'analytics', 'dev_lake', 'archive_lake'];
const TIME_FIELDS = ['queuedAt', 'startedAt', 'finishedAt'] as const;

type Job = Record<string, unknown> & { jobId: string; jobTemplateName: string; status: string };
interface JobList {
  code: number;
  jobs: Job[];
  statusCounts?: Record<string, number>;
}
interface ErrorBody {
  code: number;
  type: string;
}

const v130 = loadGravitinoOpenApiValidator('v1.3.0');
const mainSpec = loadGravitinoOpenApiValidator('main');

const basic = `Basic ${Buffer.from('jobgraph:dummy').toString('base64')}`;

async function fetchJson<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, { headers: { accept: V1, authorization: basic } });
  return { status: res.status, body: JSON.parse(await res.text()) as T };
}

/** Problems of an answer against one version's spec. */
function problems(spec: typeof v130, path: string, reply: { status: number; body: unknown }): string[] {
  return spec.validate('GET', path.split('?')[0] ?? path, reply.status, reply.body);
}

/** Epoch µs of the audit's createTime (what 1.3.0's jobs carry as their only time). */
function created(job: Job): number {
  const iso = (job.audit as { createTime: string }).createTime;
  const m = /^(.+T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/.exec(iso);
  if (!m) throw new Error(`unexpected instant ${iso}`);
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0'));
}

/** main's job as 1.3.0 writes it: no times, and `cancelled` spelled as 1.3.0's jobs.yaml spells it. */
function asV130(job: Job): Job {
  const rest = Object.fromEntries(
    Object.entries(job).filter(([key]) => !(TIME_FIELDS as readonly string[]).includes(key)),
  ) as Job;
  return { ...rest, status: job.status === 'cancelled' ? 'canceled' : job.status };
}

describe('Gravitino v1.3.0 emulator (conformance)', () => {
  let v130Server: RunningEmulator;
  let mainServer: RunningEmulator;
  let prodJobs: Job[];

  /** A GET on the 1.3.0 emulator; the answer must be valid against v1.3.0's spec. */
  async function get<T>(path: string): Promise<{ status: number; body: T }> {
    const reply = await fetchJson<T>(v130Server.url, path);
    expect({ path, problems: problems(v130, path, reply) }).toEqual({ path, problems: [] });
    return reply;
  }

  beforeAll(async () => {
    const data = { seed: SEED, scale: 'small', referenceTime: REFERENCE_TIME } as const;
    v130Server = await startEmulatorServer(createGravitinoEmulator({ ...data, version: '1.3.0' }), {
      port: 0,
    });
    mainServer = await startEmulatorServer(createGravitinoEmulator(data), { port: 0 });
    prodJobs = (await get<JobList>('/api/metalakes/prod_lake/jobs/runs')).body.jobs;
  });

  afterAll(async () => {
    await Promise.all([v130Server?.stop(), mainServer?.stop()]);
  });

  it("answers as v1.3.0's jobs.yaml says, which main's rejects, and main's answers fail v1.3.0's", async () => {
    const path = '/api/metalakes/prod_lake/jobs/runs';
    const v130Answer = await fetchJson<JobList>(v130Server.url, path);
    expect(problems(v130, path, v130Answer)).toEqual([]);
    expect(problems(mainSpec, path, v130Answer).join('\n')).toContain('queuedAt');
    const mainAnswer = await fetchJson<JobList>(mainServer.url, path);
    expect(problems(mainSpec, path, mainAnswer)).toEqual([]);
    expect(problems(v130, path, mainAnswer).join('\n')).toMatch(/queuedAt|statusCounts|enum/);
  });

  it("serves main's jobs without times or statusCounts, spelling cancelled as `canceled`", async () => {
    for (const metalake of METALAKES) {
      const path = `/api/metalakes/${metalake}/jobs/runs`;
      const { body } = await get<JobList>(path);
      const main = (await fetchJson<JobList>(mainServer.url, path)).body;
      expect(Object.keys(body).sort()).toEqual(['code', 'jobs']);
      const byId = new Map(body.jobs.map((job) => [job.jobId, job]));
      expect(byId.size).toBe(main.jobs.length);
      for (const job of main.jobs) expect(byId.get(job.jobId)).toEqual(asV130(job));
    }
    expect(prodJobs.some((job) => job.status === 'canceled')).toBe(true);
    expect(JSON.stringify(prodJobs)).not.toMatch(/"cancelled"|"queuedAt"|"startedAt"|"finishedAt"/);
  });

  it('lists in the store scan order: unrelated to time or id, and the same on every call', async () => {
    const ids = prodJobs.map((job) => job.jobId);
    const byTime = [...prodJobs].sort((a, b) => created(a) - created(b)).map((job) => job.jobId);
    const byId = [...ids].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
    expect(ids).not.toEqual(byTime);
    expect(ids).not.toEqual([...byTime].reverse());
    expect(ids).not.toEqual(byId);
    expect((await get<JobList>('/api/metalakes/prod_lake/jobs/runs')).body.jobs).toEqual(prodJobs);
  });

  it("lists a template's runs in the same scan order, reading jobTemplateName", async () => {
    const names = (await get<{ names: string[] }>('/api/metalakes/prod_lake/jobs/templates')).body.names;
    let seen = 0;
    for (const name of names) {
      const { body } = await get<JobList>(`/api/metalakes/prod_lake/jobs/runs?jobTemplateName=${name}`);
      expect(body).toEqual({ code: 0, jobs: prodJobs.filter((job) => job.jobTemplateName === name) });
      seen += body.jobs.length;
    }
    expect(seen).toBe(prodJobs.length);
  });

  it.each([
    'queuedAfter=2026-08-10T00:00:00Z',
    'startedAfter=2026-08-19T00:00:00Z',
    'finishedAfter=2026-08-19T00:00:00Z',
    'sortBy=startedAt&sortOrder=asc',
    'sortOrder=desc',
    'queuedAfter=yesterday',
    'sortBy=name',
    'sortOrder=',
  ])('ignores %s: parameters 1.3.0 does not read, even malformed', async (query) => {
    const { status, body } = await get<JobList>(`/api/metalakes/prod_lake/jobs/runs?${query}`);
    expect([status, body]).toEqual([200, { code: 0, jobs: prodJobs }]);
  });

  it('gets every listed job alone, identical to its list entry', async () => {
    for (const job of prodJobs.filter((_job, i) => i % 7 === 0)) {
      expect((await get(`/api/metalakes/prod_lake/jobs/runs/${job.jobId}`)).body).toEqual({ code: 0, job });
    }
  });

  it('still refuses an unknown template (404 / 1003), an empty one (400 / 1001) and an unknown metalake', async () => {
    const unknown = await get<ErrorBody>('/api/metalakes/prod_lake/jobs/runs?jobTemplateName=nope');
    expect([unknown.status, unknown.body.code, unknown.body.type]).toEqual([
      404,
      1003,
      'NoSuchJobTemplateException',
    ]);
    const empty = await get<ErrorBody>('/api/metalakes/prod_lake/jobs/runs?jobTemplateName=');
    expect([empty.status, empty.body.code]).toEqual([400, 1001]);
    const noLake = await get<ErrorBody>('/api/metalakes/nope/jobs/runs?sortBy=name');
    expect([noLake.status, noLake.body.type]).toEqual([404, 'NoSuchMetalakeException']);
  });

  it('answers metalakes and templates as main does, valid against v1.3.0 too', async () => {
    for (const path of [
      '/api/metalakes',
      '/api/metalakes/dev_lake',
      '/api/metalakes/dev_lake/jobs/templates',
      '/api/metalakes/dev_lake/jobs/templates?details=true',
    ]) {
      expect((await get(path)).body).toEqual((await fetchJson(mainServer.url, path)).body);
    }
  });
});
