import { Secret } from '../../../src/config/secret';
import {
  createGravitinoEmulator,
  type GravitinoEmulatorDefinition,
} from '../../../src/emulators/gravitino/gravitino.emulator';
import { signHs256Jwt } from '../../../src/emulators/gravitino/jwt-hs256.gateway';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import type { GravitinoClient } from '../../../src/providers/gravitino/gravitino.client';
import { getRequestLog, resetEmulator } from '../../helpers/emulator-hooks';
import { clientFor, failure } from './gravitino.setup';

/** The Gravitino client's wire calls against the emulator over loopback: every operation and filter, encoding, auth. */

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);
const SEED = 'gravitino-client';
const SIGN_KEY = Buffer.from('jobgraph-gravitino-client-test-sign-key!!').toString('base64');
const METALAKES = ['prod_lake', 'analytics', 'dev_lake', 'archive_lake'];

describe('GravitinoClient against the emulator', () => {
  let definition: GravitinoEmulatorDefinition;
  let emulator: RunningEmulator;
  let client: GravitinoClient;
  const clients: GravitinoClient[] = [];

  beforeAll(async () => {
    definition = createGravitinoEmulator({ seed: SEED, scale: 'small', referenceTime: REFERENCE_TIME });
    emulator = await startEmulatorServer(definition, { port: 0 });
    client = clientFor(clients, emulator.url, METALAKES);
  });
  beforeEach(() => resetEmulator(emulator.url));
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await emulator.stop();
  });

  const lake = (name: string) => {
    const found = definition.dataset.metalakesByName.get(name);
    if (!found) throw new Error(`no metalake ${name}`);
    return found;
  };

  it('listMetalakes and getMetalake (loadMetalake), as the configured simple-auth user', async () => {
    const list = await client.listMetalakes();
    expect(list.metalakes.map((metalake) => metalake.name)).toEqual(METALAKES);
    const one = await client.getMetalake('analytics');
    expect(one.metalake).toEqual(lake('analytics').dto);
    const log = await getRequestLog(emulator.url);
    expect(log.map((entry) => [entry.operation, entry.path])).toEqual([
      ['listMetalakes', '/api/metalakes'],
      ['loadMetalake', '/api/metalakes/analytics'],
    ]);
    expect(definition.callers().at(-1)?.user).toBe('jobgraph');
  });

  it('listJobs without filters: the whole list, newest queued first, with statusCounts', async () => {
    const body = await client.listJobs('dev_lake');
    expect(body.jobs).toEqual(lake('dev_lake').jobs.view('queuedAt', 'desc').jobs);
    expect(body.statusCounts).toEqual(lake('dev_lake').jobs.statusCounts);
    const [entry] = await getRequestLog(emulator.url, 'listJobs');
    expect(entry).toMatchObject({ path: '/api/metalakes/dev_lake/jobs/runs', query: {} });
  });

  it('listJobs passes every documented filter through, exactly', async () => {
    const rows = lake('prod_lake').jobs.rows;
    const template = rows[0]?.dto.jobTemplateName ?? '';
    const after = '2026-08-10T00:00:00.000Z';
    const afterUs = Date.parse(after) * 1000;
    const body = await client.listJobs('prod_lake', {
      jobTemplateName: template,
      queuedAfter: after,
      startedAfter: after,
      finishedAfter: after,
      sortBy: 'finishedAt',
      sortOrder: 'asc',
    });
    const expected = rows
      .filter((row) => row.dto.jobTemplateName === template)
      .filter(
        (row) =>
          row.queuedAt >= afterUs && (row.startedAt ?? -1) >= afterUs && (row.finishedAt ?? -1) >= afterUs,
      )
      .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.seq - b.seq)
      .map((row) => row.dto.jobId);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.jobs.map((job) => job.jobId)).toEqual(expected);
    const [entry] = await getRequestLog(emulator.url, 'listJobs');
    expect(entry?.query).toEqual({
      jobTemplateName: template,
      queuedAfter: after,
      startedAfter: after,
      finishedAfter: after,
      sortBy: 'finishedAt',
      sortOrder: 'asc',
    });
  });

  it('listJobs of a metalake with no jobs is an empty list with zero counts', async () => {
    const body = await client.listJobs('archive_lake');
    expect(body.jobs).toEqual([]);
    expect(Object.values(body.statusCounts ?? {}).every((count) => count === 0)).toBe(true);
  });

  it('getJob, listJobTemplates (details=true) and getJobTemplate', async () => {
    const row = lake('analytics').jobs.rows[3];
    const job = await client.getJob('analytics', row?.dto.jobId ?? '');
    expect(job.job).toEqual(row?.dto);
    const templates = await client.listJobTemplates('analytics');
    expect(templates.jobTemplates).toEqual(lake('analytics').templates);
    const first = lake('analytics').templates[0];
    expect((await client.getJobTemplate('analytics', first?.name ?? '')).jobTemplate).toEqual(first);
    const log = await getRequestLog(emulator.url);
    expect(log.map((entry) => [entry.operation, entry.query])).toEqual([
      ['getJob', {}],
      ['listJobTemplates', { details: 'true' }],
      ['getJobTemplate', {}],
    ]);
  });

  it('an unknown job, template or metalake is NOT_FOUND with Gravitino code 1003, not retried', async () => {
    for (const call of [
      () => client.getJob('prod_lake', 'job-1'),
      () => client.getJobTemplate('prod_lake', 'no_such_template'),
      () => client.listJobs('no_such_lake'),
      () => client.listJobs('prod_lake', { jobTemplateName: 'no_such_template' }),
    ]) {
      const error = await failure(call());
      expect(error).toMatchObject({
        code: 'NOT_FOUND',
        upstreamCode: '1003',
        status: 404,
        provider: 'GRAVITINO',
      });
    }
    expect(await getRequestLog(emulator.url)).toHaveLength(4);
  });

  it('a bad filter value is BAD_USER_INPUT (1001), not retried', async () => {
    const error = await failure(client.listJobs('prod_lake', { queuedAfter: 'last tuesday' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', upstreamCode: '1001', status: 400 });
    expect(await getRequestLog(emulator.url, 'listJobs')).toHaveLength(1);
  });

  it.each([
    ['../x', '..%2Fx'],
    ['a/b', 'a%2Fb'],
    ['%2F', '%252F'],
    ['..', '%2E%2E'],
    ['.', '%2E'],
    ['job 1?x=#', 'job%201%3Fx%3D%23'],
  ])('the id %p stays one encoded path segment (%s)', async (id, encoded) => {
    const error = await failure(client.getJob('prod_lake', id));
    expect(error.code).toBe('NOT_FOUND');
    const log = await getRequestLog(emulator.url);
    expect(log.map((entry) => [entry.operation, entry.path])).toEqual([
      ['getJob', `/api/metalakes/prod_lake/jobs/runs/${encoded}`],
    ]);
  });

  it('a metalake name with `../` stays encoded too, on every operation', async () => {
    await failure(client.listJobs('../metalakes/prod_lake'));
    await failure(client.getJobTemplate('prod_lake/jobs', 'x'));
    const log = await getRequestLog(emulator.url);
    expect(log.map((entry) => entry.path)).toEqual([
      '/api/metalakes/..%2Fmetalakes%2Fprod_lake/jobs/runs',
      '/api/metalakes/prod_lake%2Fjobs/jobs/templates/x',
    ]);
  });

  it('an empty id is refused before anything is sent (it would select the list route)', async () => {
    const error = await failure(client.getJob('prod_lake', ''));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', retryable: false });
    expect(await getRequestLog(emulator.url)).toHaveLength(0);
  });
});

describe('GravitinoClient: error bodies and OAuth', () => {
  let stackEmulator: RunningEmulator;
  let oauthDefinition: GravitinoEmulatorDefinition;
  let oauthEmulator: RunningEmulator;
  const clients: GravitinoClient[] = [];
  const nowSeconds = Math.floor(REFERENCE_TIME / 1000);

  beforeAll(async () => {
    stackEmulator = await startEmulatorServer(
      createGravitinoEmulator({
        seed: SEED,
        scale: 'small',
        referenceTime: REFERENCE_TIME,
        includeStack: true,
      }),
      { port: 0 },
    );
    oauthDefinition = createGravitinoEmulator({
      seed: SEED,
      scale: 'small',
      referenceTime: REFERENCE_TIME,
      oauth: { signKey: SIGN_KEY },
      now: () => REFERENCE_TIME,
    });
    oauthEmulator = await startEmulatorServer(oauthDefinition, { port: 0 });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await Promise.all([stackEmulator.stop(), oauthEmulator.stop()]);
  });

  it('a `stack` in the error body never reaches the UpstreamError', async () => {
    const raw = await fetch(`${stackEmulator.url}/api/metalakes/prod_lake/jobs/runs/job-1`);
    const rawBody = (await raw.json()) as { stack?: string[] };
    expect(rawBody.stack?.join('\n')).toContain('JobManager.java');

    const client = clientFor(clients, stackEmulator.url, METALAKES);
    const error = await failure(client.getJob('prod_lake', 'job-1'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('GRAVITINO getJob did not find the requested object (HTTP 404, 1003).');
    // The upstream's sentence is kept for the log only, and only its plain words.
    expect(error.redactedUpstreamText).toContain('does not exist');
    const everything = `${error.message} ${JSON.stringify(error)} ${JSON.stringify(error.extensions)}`;
    for (const leak of ['JobManager', 'NoSuchJobException:', '\tat ', 'org.apache', stackEmulator.url]) {
      expect(everything).not.toContain(leak);
    }
  });

  it('OAuth: a bearer JWT minted for the service audience is accepted, its sub is the caller', async () => {
    const token = signHs256Jwt(
      { sub: 'svc-jobgraph', aud: 'GravitinoServer', exp: nowSeconds + 300 },
      SIGN_KEY,
    );
    const client = clientFor(clients, oauthEmulator.url, METALAKES, {
      auth: { type: 'oauth', token: new Secret(token) },
    });
    const body = await client.listJobs('dev_lake');
    expect(body.jobs.length).toBeGreaterThan(0);
    expect(oauthDefinition.callers().at(-1)?.user).toBe('svc-jobgraph');
  });

  it.each([
    [
      'a token signed with another key',
      signHs256Jwt({ sub: 'x', aud: 'GravitinoServer' }, Buffer.alloc(32, 7).toString('base64')),
    ],
    ['an expired token', signHs256Jwt({ sub: 'x', aud: 'GravitinoServer', exp: nowSeconds - 10 }, SIGN_KEY)],
  ])(
    'OAuth: %s is UNAUTHENTICATED (1011), not retried, and the token is not in the message',
    async (_label, token) => {
      await resetEmulator(oauthEmulator.url);
      const client = clientFor(clients, oauthEmulator.url, METALAKES, {
        auth: { type: 'oauth', token: new Secret(token) },
      });
      const error = await failure(client.listJobs('dev_lake'));
      expect(error).toMatchObject({
        code: 'UNAUTHENTICATED',
        upstreamCode: '1011',
        status: 401,
        retryable: false,
      });
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(token);
      expect(await getRequestLog(oauthEmulator.url, 'listJobs')).toHaveLength(1);
    },
  );

  it('OAuth server: simple auth is UNAUTHENTICATED', async () => {
    const client = clientFor(clients, oauthEmulator.url, METALAKES);
    expect(await failure(client.listMetalakes())).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
