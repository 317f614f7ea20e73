import {
  createGravitinoEmulator,
  type GravitinoEmulatorDefinition,
} from '../../../src/emulators/gravitino/gravitino.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import {
  GravitinoUpstreamProvider,
  type GravitinoProvider,
} from '../../../src/providers/gravitino/gravitino.provider';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorGravitinoInstance } from '../../helpers/provider-instances';

/** The provider interface the GraphQL layer uses: domain objects, filters, null for unknown ids, batching. */

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);
const METALAKES = ['prod_lake', 'analytics', 'dev_lake', 'archive_lake'];

describe('GravitinoUpstreamProvider against the emulator', () => {
  let definition: GravitinoEmulatorDefinition;
  let emulator: RunningEmulator;
  let provider: GravitinoProvider;

  const lake = (name: string) => {
    const found = definition.dataset.metalakesByName.get(name);
    if (!found) throw new Error(`no metalake ${name}`);
    return found;
  };
  const calls = async () => (await getRequestLog(emulator.url)).map((entry) => entry.operation);

  beforeAll(async () => {
    definition = createGravitinoEmulator({
      seed: 'gravitino-provider',
      scale: 'small',
      referenceTime: REFERENCE_TIME,
    });
    emulator = await startEmulatorServer(definition, { port: 0 });
    provider = GravitinoUpstreamProvider.forInstance(
      emulatorGravitinoInstance(emulator.url, METALAKES, { id: 'gv-test' }),
    );
  });
  beforeEach(() => resetEmulator(emulator.url));
  afterAll(async () => {
    await provider.close();
    await emulator.stop();
  });

  it('listMetalakes and getMetalake map to domain metalakes; an unknown one is null', async () => {
    const metalakes = await provider.listMetalakes();
    expect(metalakes.map((metalake) => [metalake.instanceId, metalake.name])).toEqual(
      METALAKES.map((name) => ['gv-test', name]),
    );
    expect(await provider.getMetalake('analytics')).toEqual(metalakes[1]);
    expect(await provider.getMetalake('nope')).toBeNull();
  });

  it('listJobs: the whole list as domain jobs, with the server statusCounts', async () => {
    const list = await provider.listJobs('dev_lake');
    const rows = lake('dev_lake').jobs.view('queuedAt', 'desc').rows;
    expect(list.jobs.map((job) => job.jobId)).toEqual(rows.map((row) => row.dto.jobId));
    expect(list.statusCountsSource).toBe('UPSTREAM');
    expect(list.statusCounts.reduce((sum, count) => sum + count.count, 0)).toBe(list.jobs.length);
    const first = list.jobs[0];
    const row = rows[0];
    expect(first).toMatchObject({
      provider: 'GRAVITINO',
      instanceId: 'gv-test',
      metalake: 'dev_lake',
      name: row?.dto.jobTemplateName,
      providerStatus: row?.dto.status,
      queuedAt: Math.floor((row?.queuedAt ?? 0) / 1000),
      createdAt: Math.floor((row?.queuedAt ?? 0) / 1000),
    });
    expect(new Set(list.jobs.map((job) => job.status))).toEqual(
      new Set(['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLING', 'CANCELLED']),
    );
  });

  it('listJobs turns the typed filter into the documented query parameters', async () => {
    const template = lake('prod_lake').jobs.rows[0]?.dto.jobTemplateName ?? '';
    const since = Date.UTC(2026, 7, 12, 6, 30);
    const list = await provider.listJobs('prod_lake', {
      jobTemplateName: template,
      queuedAfter: since,
      startedAfter: since,
      finishedAfter: since,
      sortBy: 'startedAt',
      sortOrder: 'asc',
    });
    const [entry] = await getRequestLog(emulator.url, 'listJobs');
    expect(entry?.query).toEqual({
      jobTemplateName: template,
      queuedAfter: '2026-08-12T06:30:00.000Z',
      startedAfter: '2026-08-12T06:30:00.000Z',
      finishedAfter: '2026-08-12T06:30:00.000Z',
      sortBy: 'startedAt',
      sortOrder: 'asc',
    });
    expect(list.jobs.length).toBeGreaterThan(0);
    for (const job of list.jobs) {
      expect(job.jobTemplateName).toBe(template);
      expect(job.finishedAt).toBeGreaterThanOrEqual(since);
    }
    const started = list.jobs.map((job) => job.startedAt ?? 0);
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });

  it('refuses bad arguments without calling the upstream', async () => {
    await expect(provider.listJobs('')).rejects.toBeInstanceOf(BadUserInputError);
    await expect(provider.listJobs('prod_lake', { queuedAfter: Number.NaN })).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(provider.listJobs('prod_lake', { jobTemplateName: '' })).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(provider.getJobsByIds('', ['job-1'])).rejects.toBeInstanceOf(BadUserInputError);
    expect(await calls()).toEqual([]);
  });

  it('listJobs of an unknown template or metalake rejects with NOT_FOUND', async () => {
    await expect(provider.listJobs('prod_lake', { jobTemplateName: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(provider.listJobs('nope')).rejects.toBeInstanceOf(UpstreamError);
  });

  it('getJob: the job, or null for an unknown id, an unknown metalake or an empty id', async () => {
    const row = lake('analytics').jobs.rows[5];
    expect(await provider.getJob('analytics', row?.dto.jobId ?? '')).toMatchObject({
      jobId: row?.dto.jobId,
      metalake: 'analytics',
    });
    expect(await provider.getJob('analytics', 'job-1')).toBeNull();
    expect(await provider.getJob('nope', 'job-1')).toBeNull();
    expect(await provider.getJob('analytics', '')).toBeNull();
    expect(await calls()).toEqual(['getJob', 'getJob', 'getJob']);
  });

  it('getJobsByIds: N ids in one metalake are exactly ONE listJobs call, in key order, null for unknown', async () => {
    const ids = lake('prod_lake')
      .jobs.rows.slice(0, 25)
      .map((row) => row.dto.jobId);
    const keys = [ids[3] ?? '', 'job-1', ids[0] ?? '', '../job-2', ids[3] ?? '', ...ids.slice(5), ''];
    const jobs = await provider.getJobsByIds('prod_lake', keys);
    expect(jobs).toHaveLength(keys.length);
    expect(jobs.map((job) => job?.jobId ?? null)).toEqual(
      keys.map((key) => (ids.includes(key) ? key : null)),
    );
    expect(jobs[0]).toBe(jobs[4]);
    expect(await calls()).toEqual(['listJobs']);
    const [entry] = await getRequestLog(emulator.url);
    expect(entry?.query).toEqual({});
  });

  it('getJobsByIds: one id is one getJob call; no ids is no call; an unknown metalake gives nulls', async () => {
    const id = lake('dev_lake').jobs.rows[0]?.dto.jobId ?? '';
    expect((await provider.getJobsByIds('dev_lake', [id, id])).map((job) => job?.jobId)).toEqual([id, id]);
    expect(await provider.getJobsByIds('dev_lake', [])).toEqual([]);
    expect(await provider.getJobsByIds('dev_lake', [''])).toEqual([null]);
    expect(await provider.getJobsByIds('nope', ['job-1', 'job-2'])).toEqual([null, null]);
    expect(await calls()).toEqual(['getJob', 'listJobs']);
  });

  it('getJobsByIds: a failed batch call rejects (the loader puts the error in every slot)', async () => {
    await postFaults(emulator.url, {
      operation: 'listJobs',
      times: 3,
      kind: 'status',
      status: 503,
      code: 'x',
      message: 'down',
    });
    await expect(provider.getJobsByIds('prod_lake', ['job-1', 'job-2'])).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
  });

  it('listJobTemplates: every template in full; getJobTemplate: one, or null', async () => {
    const templates = await provider.listJobTemplates('prod_lake');
    expect(templates.map((template) => template.name)).toEqual(
      lake('prod_lake').templates.map((t) => t.name),
    );
    expect(new Set(templates.map((template) => template.jobType))).toEqual(new Set(['SHELL', 'SPARK']));
    const spark = templates.find((template) => template.jobType === 'SPARK');
    expect(await provider.getJobTemplate('prod_lake', spark?.name ?? '')).toEqual(spark);
    expect(await provider.getJobTemplate('prod_lake', 'nope')).toBeNull();
    expect(await provider.getJobTemplate('nope', 'x')).toBeNull();
    const log = await getRequestLog(emulator.url);
    expect(log[0]).toMatchObject({ operation: 'listJobTemplates', query: { details: 'true' } });
  });

  it('getJobTemplatesByNames: N names are exactly ONE listJobTemplates call, in key order, null for unknown', async () => {
    const names = lake('analytics').templates.map((template) => template.name);
    const keys = [names[2] ?? '', 'nope', names[0] ?? '', names[2] ?? '', '..', ...names.slice(3)];
    const templates = await provider.getJobTemplatesByNames('analytics', keys);
    expect(templates.map((template) => template?.name ?? null)).toEqual(
      keys.map((key) => (names.includes(key) ? key : null)),
    );
    expect(templates[0]?.metalake).toBe('analytics');
    expect(await calls()).toEqual(['listJobTemplates']);
  });

  it('getJobTemplatesByNames: one name is one getJobTemplate call; an unknown metalake gives nulls', async () => {
    const name = lake('dev_lake').templates[0]?.name ?? '';
    expect((await provider.getJobTemplatesByNames('dev_lake', [name])).map((t) => t?.name)).toEqual([name]);
    expect(await provider.getJobTemplatesByNames('nope', ['a', 'b'])).toEqual([null, null]);
    expect(await calls()).toEqual(['getJobTemplate', 'listJobTemplates']);
  });

  it('exposes the instance id, configured metalakes and breaker state', () => {
    expect(provider.instanceId).toBe('gv-test');
    expect(provider.metalakes).toEqual(METALAKES);
    expect(provider.breakerState).toBe('closed');
  });
});
