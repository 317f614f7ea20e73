// Conformance test of the EMR Serverless Spark emulator, driven through the official runtime
// (@alicloud/openapi-core) exactly as the generated product SDK would call it. Expectations are
// computed independently from the wire objects (or, for the hidden deployment id, the dataset).
import type OpenApi from '@alicloud/openapi-core';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../src/emulators/alibaba/alibaba.gateway';
import { createEmrDataset } from '../../src/emulators/emr-serverless-spark/emr-serverless-spark.dataset';
import { createEmrServerlessSparkEmulator } from '../../src/emulators/emr-serverless-spark/emr-serverless-spark.emulator';
import type { EmrDataset } from '../../src/emulators/emr-serverless-spark/emr-serverless-spark.model';
import {
  JOB_RUN_STATES,
  type JobRun,
  type JobRunDetail,
} from '../../src/emulators/emr-serverless-spark/job-run.wire';
import { WORKSPACE_STATUSES, type Workspace } from '../../src/emulators/emr-serverless-spark/workspace.wire';
import type { EmulatorDataOptions } from '../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../src/emulators/shared/http-server';
import { AlibabaSpecKeys, type SpecKeyRules } from '../helpers/alibaba-spec-keys';
import { callRoa, createRoaClient, jsonParam, roaOutcome, type RoaResult } from '../helpers/alibaba-client';
import { getRequestLog } from '../helpers/emulator-hooks';
import { describeAlibabaSignatureConformance } from '../helpers/alibaba-signature-conformance';
import { describeFaultKinds } from '../helpers/fault-contract';

const VERSION = '2023-08-08';
const DATA: EmulatorDataOptions = {
  seed: 'contract',
  scale: 'small',
  referenceTime: Date.UTC(2026, 0, 15, 8, 0, 0),
};
type Query = Record<string, string | number | boolean | undefined>;

const SPEC = 'emr-serverless-spark-2023-08-08';
const SUBSCRIPTION_ONLY =
  'the ListWorkspaces page: "required for subscription workspaces"; a PayAsYouGo one has none';
/** Where one EMR response may differ from the field tables, field by field, and why. */
const SPEC_RULES: SpecKeyRules = {
  conditional: {
    'ListWorkspacesResponseBody.nextToken':
      'absent on the last page: that is how a caller knows it is the last',
    'ListJobRunsResponseBody.nextToken': 'absent on the last page: that is how a caller knows it is the last',
    'ListJobRunsResponseBody.aggregations': 'SDK only: the per-state counts groupByState=true asks for',
    'ListJobRunsResponseBodyJobRuns.endTime': 'a run that has not ended has no end time',
    'GetJobRunResponseBodyJobRun.endTime': 'a run that has not ended has no end time',
    'ListWorkspacesResponseBodyWorkspaces.autoRenew': SUBSCRIPTION_ONLY,
    'ListWorkspacesResponseBodyWorkspaces.autoRenewPeriod': SUBSCRIPTION_ONLY,
    'ListWorkspacesResponseBodyWorkspaces.autoRenewPeriodUnit': SUBSCRIPTION_ONLY,
    'ListWorkspacesResponseBodyWorkspaces.duration': SUBSCRIPTION_ONLY,
    'ListWorkspacesResponseBodyWorkspaces.paymentDurationUnit': SUBSCRIPTION_ONLY,
    'ListWorkspacesResponseBodyWorkspaces.prePaidQuota':
      'the subscription resource quota: subscription workspaces only',
    'ListWorkspacesResponseBodyWorkspaces.endTime':
      'released at: only a released (TERMINATED) workspace has it',
    'ListWorkspacesResponseBodyWorkspaces.releaseType':
      'why it was released: only a released workspace has it',
    'ListWorkspacesResponseBodyWorkspaces.failReason':
      'a failure reason: only a workspace that failed has one',
  },
  absent: {
    'ListJobRunsResponseBodyJobRuns.jobDriver':
      'the ListJobRuns page: "not returned by the ListJobRuns operation"',
    'ListJobRunsResponseBodyJobRuns.configurationOverrides':
      'the ListJobRuns page: "not returned by the ListJobRuns operation"',
  },
};

let emulator: RunningEmulator;
let client: OpenApi;
let dataset: EmrDataset;
let heavy: Workspace; // the workspace with > 1000 runs
let heavyRuns: JobRun[]; // all its runs, as ListJobRuns returns them

const runsPath = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/jobRuns`;

function listWorkspaces(query: Query = {}, c: OpenApi = client): Promise<RoaResult> {
  return callRoa(c, {
    action: 'ListWorkspaces',
    version: VERSION,
    method: 'GET',
    pathname: '/api/v1/workspaces',
    query,
  });
}

function listJobRuns(workspaceId: string, query: Query = {}, c: OpenApi = client): Promise<RoaResult> {
  return callRoa(c, {
    action: 'ListJobRuns',
    version: VERSION,
    method: 'GET',
    pathname: runsPath(workspaceId),
    query,
  });
}

function getJobRun(workspaceId: string, jobRunId: string, query: Query = {}): Promise<RoaResult> {
  const pathname = `${runsPath(workspaceId)}/${encodeURIComponent(jobRunId)}`;
  return callRoa(client, { action: 'GetJobRun', version: VERSION, method: 'GET', pathname, query });
}

interface ListBody<T> {
  readonly items: T[];
  readonly nextToken?: string;
  readonly totalCount: number;
  readonly maxResults: number;
}

function asList<T>(body: unknown, key: 'workspaces' | 'jobRuns'): ListBody<T> {
  const b = body as Record<string, unknown>;
  return {
    items: b[key] as T[],
    totalCount: b.totalCount as number,
    maxResults: b.maxResults as number,
    ...(typeof b.nextToken === 'string' ? { nextToken: b.nextToken } : {}),
  };
}

/** Pages to the end with the given page sizes (cycled), checking every page's shape on the way. */
async function pageAll<T>(
  fetchPage: (query: Query) => Promise<RoaResult>,
  key: 'workspaces' | 'jobRuns',
  query: Query,
  sizes: readonly number[],
): Promise<{ items: T[]; totalCount: number; pages: number }> {
  const items: T[] = [];
  let token: string | undefined;
  let totalCount: number | undefined;
  let pages = 0;
  do {
    const size = sizes[pages % sizes.length] as number;
    const page = asList<T>((await fetchPage({ ...query, maxResults: size, nextToken: token })).body, key);
    expect(page.maxResults).toBe(size);
    expect(page.items.length).toBeLessThanOrEqual(size);
    if (page.nextToken !== undefined) expect(page.items.length).toBe(size);
    totalCount ??= page.totalCount;
    expect(page.totalCount).toBe(totalCount);
    items.push(...page.items);
    token = page.nextToken;
    pages++;
    if (pages > 10_000) throw new Error('paging did not end');
  } while (token !== undefined);
  return { items, totalCount: totalCount ?? 0, pages };
}

async function allRuns(
  workspaceId: string,
  query: Query = {},
  sizes: readonly number[] = [100],
): Promise<JobRun[]> {
  const { items, totalCount } = await pageAll<JobRun>(
    (q) => listJobRuns(workspaceId, q),
    'jobRuns',
    query,
    sizes,
  );
  expect(items.length).toBe(totalCount);
  expect(new Set(items.map((r) => r.jobRunId)).size).toBe(items.length);
  return items;
}

async function expectError(call: Promise<unknown>, status: number, code: string): Promise<void> {
  const outcome = await roaOutcome(call as Promise<RoaResult>);
  expect(outcome).toMatchObject({ ok: false, status, code });
}

const ids = (runs: readonly JobRun[]) => runs.map((r) => r.jobRunId);

beforeAll(async () => {
  emulator = await startEmulatorServer(
    createEmrServerlessSparkEmulator({ ...DATA, credentials: [DEFAULT_EMULATOR_CREDENTIAL] }),
    { port: 0 },
  );
  client = createRoaClient({ url: emulator.url });
  dataset = createEmrDataset(DATA);
  const counts = dataset.workspaces.map((_, i) => dataset.runs.filter((r) => r.workspace === i).length);
  heavy = dataset.workspaces[counts.findIndex((n) => n > 1000)]?.wire as Workspace;
  heavyRuns = await allRuns(heavy.workspaceId);
});

afterAll(() => emulator.stop());

describe('ListWorkspaces', () => {
  it.each([[[1]], [[3]], [[7]], [[100]], [[2, 5, 1]]])(
    'pages through every workspace with page sizes %j',
    async (sizes) => {
      const { items, totalCount } = await pageAll<Workspace>(listWorkspaces, 'workspaces', {}, sizes);
      expect(totalCount).toBe(dataset.workspaces.length);
      expect(items.map((w) => w.workspaceId)).toEqual(dataset.workspaces.map((w) => w.wire.workspaceId));
      const createTimes = items.map((w) => w.createTime);
      expect(createTimes).toEqual([...createTimes].sort((a, b) => b - a));
    },
  );

  it('uses the default page size of 20 and drops nextToken on the last page', async () => {
    const page = asList<Workspace>((await listWorkspaces()).body, 'workspaces');
    expect(page.maxResults).toBe(20);
    expect(page.items.length).toBe(Math.min(20, dataset.workspaces.length));
    expect(page.nextToken).toBeUndefined();
  });

  it('returns every documented and SDK field, in several regions and every workspaceStatus', async () => {
    const { items } = await pageAll<Workspace>(listWorkspaces, 'workspaces', {}, [100]);
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    items.forEach((w, i) => spec.check('ListWorkspacesResponseBodyWorkspaces', w, `workspaces[${i}]`));
    expect(spec.problems()).toEqual([]);
    expect(new Set(items.map((w) => w.workspaceStatus))).toEqual(new Set(WORKSPACE_STATUSES));
    expect(new Set(items.map((w) => w.regionId)).size).toBeGreaterThanOrEqual(5);
    const quota = items.find((w) => w.prePaidQuota)?.prePaidQuota;
    expect(JSON.parse(quota?.maxResource ?? '')).toEqual({
      cpu: expect.any(String),
      memory: expect.stringMatching(/Gi$/),
      cu: expect.any(String),
    });
    expect(items.flatMap((w) => w.tags)[0]).toEqual({
      tagKey: expect.any(String),
      tagValue: expect.any(String),
    });
  });

  it('filters by fuzzy name, state (any case), regionId, tag and resourceGroupId', async () => {
    const all = dataset.workspaces.map((w) => w.wire);
    const sample = all.find((w) => (w.tags ?? []).length > 0) as Workspace;
    const fragment = sample.workspaceName.slice(1, 5).toUpperCase();
    const tag = sample.tags?.[0] as { tagKey: string; tagValue: string };
    const cases: [Query, (w: Workspace) => boolean][] = [
      [{ name: fragment }, (w) => w.workspaceName.toLowerCase().includes(fragment.toLowerCase())],
      [{ state: 'running' }, (w) => w.workspaceStatus === 'RUNNING'],
      [{ state: 'TERMINATED' }, (w) => w.workspaceStatus === 'TERMINATED'],
      [{ regionId: sample.regionId }, (w) => w.regionId === sample.regionId],
      [{ resourceGroupId: sample.resourceGroupId }, (w) => w.resourceGroupId === sample.resourceGroupId],
      [
        { tag: jsonParam([{ key: tag.tagKey, value: tag.tagValue }], 'tag') },
        (w) => (w.tags ?? []).some((t) => t.tagKey === tag.tagKey && t.tagValue === tag.tagValue),
      ],
      [
        {
          tag: jsonParam(
            [
              { key: tag.tagKey, value: tag.tagValue },
              { key: 'no-such-key', value: 'x' },
            ],
            'tag',
          ),
        },
        () => false,
      ],
      [
        { state: 'RUNNING', regionId: sample.regionId },
        (w) => w.workspaceStatus === 'RUNNING' && w.regionId === sample.regionId,
      ],
    ];
    for (const [query, predicate] of cases) {
      const { items, totalCount } = await pageAll<Workspace>(listWorkspaces, 'workspaces', query, [2]);
      const expected = all.filter(predicate).map((w) => w.workspaceId);
      expect({ query, ids: items.map((w) => w.workspaceId) }).toEqual({ query, ids: expected });
      expect(totalCount).toBe(expected.length);
    }
  });
});

describe('ListJobRuns paging', () => {
  it('returns the whole workspace newest first, identical to the dataset', () => {
    const wsIndex = dataset.workspaces.findIndex((w) => w.wire.workspaceId === heavy.workspaceId);
    const expected = dataset.runs
      .filter((r) => r.workspace === wsIndex)
      .sort((a, b) => b.submitTime - a.submitTime || (a.jobRunId < b.jobRunId ? 1 : -1));
    expect(ids(heavyRuns)).toEqual(expected.map((r) => r.jobRunId));
    expect(heavyRuns.length).toBeGreaterThan(1000);
  });

  it.each([[[37]], [[1, 100, 13, 64]], [[100, 99, 2]]])(
    'has no gap and no duplicate with page sizes %j',
    async (sizes) => {
      const runs = await allRuns(heavy.workspaceId, {}, sizes);
      expect(ids(runs)).toEqual(ids(heavyRuns));
    },
  );

  it('answers an empty workspace with an empty list and no nextToken', async () => {
    const empty = dataset.workspaces.find((_, i) => !dataset.runs.some((r) => r.workspace === i)) as {
      wire: Workspace;
    };
    const page = asList<JobRun>((await listJobRuns(empty.wire.workspaceId)).body, 'jobRuns');
    expect(page).toEqual({ items: [], totalCount: 0, maxResults: 20 });
  });

  it('returns every documented list field and every state', () => {
    const run = heavyRuns.find((r) => r.endTime !== undefined && (r.tags ?? []).length > 0) as JobRun;
    expect(Object.keys(run).sort()).toEqual(
      [
        'workspaceId',
        'jobRunId',
        'name',
        'state',
        'stateChangeReason',
        'submitTime',
        'endTime',
        'codeType',
        'webUI',
        'executionTimeoutSeconds',
        'creator',
        'tags',
        'log',
        'releaseVersion',
        'displayReleaseVersion',
        'fusion',
        'vcoreSeconds',
        'mbSeconds',
        'cuHours',
        'resourceQueueId',
        'priority',
      ].sort(),
    );
    expect(Object.keys(run.log ?? {}).sort()).toEqual([
      'driverStartup',
      'driverStdError',
      'driverStdOut',
      'driverSyslog',
    ]);
    expect(new Set(heavyRuns.map((r) => r.state))).toEqual(new Set(JOB_RUN_STATES));
    const monthAgo = DATA.referenceTime - 30 * 86_400_000;
    expect(heavyRuns.every((r) => r.submitTime >= monthAgo && r.submitTime <= DATA.referenceTime)).toBe(true);
  });
});

describe('ListJobRuns filters', () => {
  const dur = (r: JobRun) => (r.endTime ?? DATA.referenceTime) - r.submitTime;
  const hasTag = (r: JobRun, key: string, value?: string) =>
    (r.tags ?? []).some((t) => t.key === key && (value === undefined || t.value === value));

  async function expectFilter(
    query: Query,
    predicate: (r: JobRun) => boolean,
    sizes: readonly number[] = [100],
  ): Promise<void> {
    const expected = ids(heavyRuns.filter(predicate));
    const got = ids(await allRuns(heavy.workspaceId, query, sizes));
    expect({ query, got }).toEqual({ query, got: expected });
  }

  function mostCommon(values: readonly string[]): string {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  }

  it('name: case-insensitive substring', async () => {
    const name = mostCommon(heavyRuns.map((r) => r.name));
    const fragment = name.slice(2, 8).toUpperCase();
    await expectFilter(
      { name: fragment },
      (r) => r.name.toLowerCase().includes(fragment.toLowerCase()),
      [50],
    );
    await expectFilter({ name }, (r) => r.name.toLowerCase().includes(name.toLowerCase()));
  });

  it('creator, resourceQueueId and jobRunId', async () => {
    const creator = mostCommon(heavyRuns.map((r) => r.creator ?? ''));
    await expectFilter({ creator }, (r) => r.creator === creator, [30]);
    const queue = mostCommon(heavyRuns.map((r) => r.resourceQueueId ?? ''));
    await expectFilter({ resourceQueueId: queue }, (r) => r.resourceQueueId === queue);
    const target = heavyRuns[heavyRuns.length - 3] as JobRun;
    await expectFilter({ jobRunId: target.jobRunId }, (r) => r.jobRunId === target.jobRunId);
    await expectFilter({ jobRunId: 'jr-nonexistent' }, () => false);
  });

  it('states: one, several, and unknown names', async () => {
    await expectFilter({ states: jsonParam(['Running'], 'states') }, (r) => r.state === 'Running');
    await expectFilter(
      { states: jsonParam(['Failed', 'CancelFailed', 'Pending'], 'states') },
      (r) => ['Failed', 'CancelFailed', 'Pending'].includes(r.state),
      [17],
    );
    await expectFilter({ states: jsonParam(['Bogus'], 'states') }, () => false);
    await expectFilter({ states: '[]' }, () => true);
  });

  it('tags: every condition must match; a condition without value matches the key', async () => {
    const tagged = heavyRuns.find((r) => (r.tags ?? []).length >= 2) as JobRun;
    const [a, b] = tagged.tags as [{ key: string; value: string }, { key: string; value: string }];
    await expectFilter({ tags: jsonParam([a], 'tags') }, (r) => hasTag(r, a.key, a.value));
    await expectFilter(
      { tags: jsonParam([a, b], 'tags') },
      (r) => hasTag(r, a.key, a.value) && hasTag(r, b.key, b.value),
    );
    await expectFilter({ tags: jsonParam([{ key: 'layer' }], 'tags') }, (r) => hasTag(r, 'layer'));
  });

  it('startTime applies to submitTime, endTime to endTime (inclusive bounds)', async () => {
    const mid = heavyRuns[Math.floor(heavyRuns.length / 2)] as JobRun;
    const from = mid.submitTime - 3 * 86_400_000;
    const to = mid.submitTime;
    await expectFilter(
      { startTime: jsonParam({ startTime: from, endTime: to }, 'startTime') },
      (r) => r.submitTime >= from && r.submitTime <= to,
    );
    await expectFilter({ startTime: jsonParam({ startTime: to }, 'startTime') }, (r) => r.submitTime >= to);
    await expectFilter(
      { endTime: jsonParam({ startTime: from, endTime: to }, 'endTime') },
      (r) => r.endTime !== undefined && r.endTime >= from && r.endTime <= to,
    );
  });

  it('minDuration, isWorkflow, and combinations', async () => {
    await expectFilter({ minDuration: 3_600_000 }, (r) => dur(r) >= 3_600_000);
    await expectFilter({ isWorkflow: 'true' }, (r) => hasTag(r, 'workflowId'));
    await expectFilter({ isWorkflow: 'false' }, (r) => !hasTag(r, 'workflowId'));
    const creator = mostCommon(heavyRuns.map((r) => r.creator ?? ''));
    await expectFilter(
      {
        creator,
        states: jsonParam(['Success', 'Failed'], 'states'),
        minDuration: 60_000,
        isWorkflow: 'false',
      },
      (r) =>
        r.creator === creator &&
        ['Success', 'Failed'].includes(r.state) &&
        dur(r) >= 60_000 &&
        !hasTag(r, 'workflowId'),
      [7],
    );
  });

  it('jobRunDeploymentId selects the runs of one streaming deployment', async () => {
    const wsIndex = dataset.workspaces.findIndex((w) => w.wire.workspaceId === heavy.workspaceId);
    const jobs = dataset.workspaces[wsIndex]?.jobs ?? [];
    const jobIndex = jobs.findIndex(
      (j) =>
        j.deploymentId !== null &&
        dataset.runs.some((r) => r.workspace === wsIndex && r.job === jobs.indexOf(j)),
    );
    const deploymentId = jobs[jobIndex]?.deploymentId as string;
    const expected = new Set(
      dataset.runs.filter((r) => r.workspace === wsIndex && r.job === jobIndex).map((r) => r.jobRunId),
    );
    expect(expected.size).toBeGreaterThan(0);
    await expectFilter({ jobRunDeploymentId: deploymentId }, (r) => expected.has(r.jobRunId));
    await expectFilter({ jobRunDeploymentId: 'jd-0000000000000000' }, () => false);
  });

  describe('applicationConfigs and runtimeConfigs: runs with every {key, value} asked for', () => {
    // Read independently of the emulator's filter: a run's job as the dataset holds it, its
    // `--conf k=v` / `--class` submit parameters and its configurationOverrides items.
    const jobOf = (r: JobRun) => {
      const row = dataset.runs.find((run) => run.jobRunId === r.jobRunId);
      const job = row && dataset.workspaces[row.workspace]?.jobs[row.job];
      if (!job) throw new Error(`no job for ${r.jobRunId}`);
      return job;
    };
    const memo = new Map<string, { spark: Map<string, string>; runtime: Map<string, string> }>();
    const settingsOf = (r: JobRun) => {
      const known = memo.get(r.jobRunId);
      if (known) return known;
      const job = jobOf(r);
      const words = job.sparkSubmitParameters.split(' ').filter(Boolean);
      const spark = new Map<string, string>();
      const runtime = new Map<string, string>();
      words.forEach((word, i) => {
        const next = words[i + 1] ?? '';
        if (word === '--conf') spark.set(next.split('=')[0] ?? '', next.split('=').slice(1).join('='));
        if (word === '--class') runtime.set('mainClass', next);
      });
      for (const c of job.configurations) spark.set(c.configItemKey ?? '', c.configItemValue ?? '');
      memo.set(r.jobRunId, { spark, runtime });
      return { spark, runtime };
    };
    const pairs = (list: readonly { key: string; value: string }[]) => JSON.stringify(list);
    let override: { key: string; value: string };
    let submitted: { key: string; value: string };
    let mainClass: string;

    beforeAll(() => {
      const overrides = heavyRuns.flatMap((r) =>
        jobOf(r).configurations.map((c) => `${c.configItemKey}=${c.configItemValue}`),
      );
      const [key = '', ...value] = mostCommon(overrides).split('=');
      override = { key, value: value.join('=') };
      submitted = { key: 'spark.executor.cores', value: '4' };
      mainClass = mostCommon(heavyRuns.flatMap((r) => settingsOf(r).runtime.get('mainClass') ?? []));
      expect(override.key).not.toBe('');
      expect(mainClass).not.toBe('');
    });

    it('applicationConfigs: a configurationOverrides item, a --conf pair, both', async () => {
      const has = (r: JobRun, { key, value }: { key: string; value: string }) =>
        settingsOf(r).spark.get(key) === value;
      await expectFilter({ applicationConfigs: pairs([override]) }, (r) => has(r, override));
      await expectFilter({ applicationConfigs: pairs([submitted]) }, (r) => has(r, submitted));
      await expectFilter(
        { applicationConfigs: pairs([override, submitted]) },
        (r) => has(r, override) && has(r, submitted),
      );
      await expectFilter(
        { applicationConfigs: pairs([{ key: 'spark.app.name', value: 'test' }]) },
        () => false,
      );
    });

    it('runtimeConfigs: the main class of a JAR job', async () => {
      await expectFilter(
        { runtimeConfigs: pairs([{ key: 'mainClass', value: mainClass }]) },
        (r) => settingsOf(r).runtime.get('mainClass') === mainClass,
      );
      await expectFilter({ runtimeConfigs: pairs([{ key: 'mainClass', value: 'yourClass' }]) }, () => false);
    });
  });

  it('groupByState returns per-state counts of the whole filtered list', async () => {
    const { body } = await listJobRuns(heavy.workspaceId, { groupByState: true, maxResults: 5 });
    const expected = Object.fromEntries(
      JOB_RUN_STATES.map((s) => [s, String(heavyRuns.filter((r) => r.state === s).length)]),
    );
    expect((body as { aggregations: unknown }).aggregations).toEqual(expected);
    const creator = heavyRuns[0]?.creator as string;
    const filtered = await listJobRuns(heavy.workspaceId, { groupByState: true, creator });
    const counts = (filtered.body as { aggregations: Record<string, string> }).aggregations;
    expect(Object.values(counts).reduce((sum, n) => sum + Number(n), 0)).toBe(
      heavyRuns.filter((r) => r.creator === creator).length,
    );
    expect((await listJobRuns(heavy.workspaceId)).body).not.toHaveProperty('aggregations');
  });
});

describe('GetJobRun', () => {
  it('returns the detail field set, consistent with the list item', async () => {
    const listed = heavyRuns.find((r) => r.state === 'Success') as JobRun;
    const { body } = await getJobRun(heavy.workspaceId, listed.jobRunId, { regionId: heavy.regionId });
    const detail = (body as { jobRun: JobRunDetail; requestId: string }).jobRun;
    expect(body).toHaveProperty('requestId');
    const { creator, cuHours: _c, mbSeconds: _m, vcoreSeconds: _v, ...shared } = listed;
    expect(detail).toMatchObject({ ...shared, resourceOwnerId: creator });
    for (const absent of ['creator', 'cuHours', 'mbSeconds', 'vcoreSeconds'])
      expect(detail).not.toHaveProperty(absent);
    expect(detail.jobDriver?.sparkSubmit).toEqual({
      entryPoint: expect.stringMatching(/^oss:\/\//),
      entryPointArguments: expect.any(Array),
      sparkSubmitParameters: expect.stringContaining('--conf'),
    });
    expect(detail.configurationOverrides?.configurations).toEqual(expect.any(Array));
    expect(typeof detail.environmentId).toBe('string');
    expect(typeof detail.notebookAccessUrl).toBe('string');
  });

  it('404s an unknown run, a run of another workspace, an unknown workspace and a foreign region', async () => {
    const other = dataset.runs.find(
      (r) => dataset.workspaces[r.workspace]?.wire.workspaceId !== heavy.workspaceId,
    );
    const run = heavyRuns[0] as JobRun;
    await expectError(getJobRun(heavy.workspaceId, 'jr-0000000000000000'), 404, 'InvalidJobRunId.NotFound');
    await expectError(getJobRun(heavy.workspaceId, other?.jobRunId ?? ''), 404, 'InvalidJobRunId.NotFound');
    await expectError(getJobRun('w-0000000000000000', run.jobRunId), 404, 'InvalidWorkspaceId.NotFound');
    const foreign = dataset.workspaces.find((w) => w.wire.regionId !== heavy.regionId)?.wire.regionId;
    await expectError(
      getJobRun(heavy.workspaceId, run.jobRunId, { regionId: foreign }),
      404,
      'InvalidWorkspaceId.NotFound',
    );
    await expectError(
      listJobRuns(heavy.workspaceId, { regionId: foreign }),
      404,
      'InvalidWorkspaceId.NotFound',
    );
    await expectError(listJobRuns('w-0000000000000000'), 404, 'InvalidWorkspaceId.NotFound');
  });
});

describe('validation', () => {
  it.each([
    ['maxResults 0', { maxResults: 0 }],
    ['maxResults 101', { maxResults: 101 }],
    ['maxResults abc', { maxResults: 'abc' }],
    ['states not JSON', { states: '[Running' }],
    ['states not an array', { states: '{"state":"Running"}' }],
    ['states with a number', { states: '["Running",1]' }],
    ['tags not JSON', { tags: 'env=prod' }],
    ['tags without key', { tags: '[{"value":"prod"}]' }],
    ['applicationConfigs not JSON', { applicationConfigs: 'spark.app.name=test' }],
    ['applicationConfigs not an array', { applicationConfigs: '{"key":"spark.app.name"}' }],
    ['runtimeConfigs without key', { runtimeConfigs: '[{"value":"yourClass"}]' }],
    ['startTime not JSON', { startTime: '{startTime:1}' }],
    ['startTime an array', { startTime: '[1,2]' }],
    ['endTime with a text bound', { endTime: '{"startTime":"yesterday"}' }],
    ['minDuration negative', { minDuration: -1 }],
    ['isWorkflow not boolean', { isWorkflow: 'maybe' }],
    ['groupByState not boolean', { groupByState: 'yes' }],
    ['nextToken garbage', { nextToken: 'not-a-token' }],
  ] as [string, Query][])('ListJobRuns rejects %s with 400 InvalidParameter', async (_label, query) => {
    await expectError(listJobRuns(heavy.workspaceId, query), 400, 'InvalidParameter');
  });

  it.each([
    ['maxResults 0', { maxResults: 0 }],
    ['tag not JSON', { tag: '[{' }],
    ['tag not an array', { tag: '{"key":"env"}' }],
    ['nextToken garbage', { nextToken: 'MQ' }],
  ] as [string, Query][])('ListWorkspaces rejects %s with 400 InvalidParameter', async (_label, query) => {
    await expectError(listWorkspaces(query), 400, 'InvalidParameter');
  });

  it('ListWorkspaces serves any maxResults in full: only ListJobRuns documents a maximum (a cap is an emulator option)', async () => {
    const { body } = await listWorkspaces({ maxResults: 1000 });
    const page = asList<Workspace>(body, 'workspaces');
    expect(page.items.length).toBeGreaterThan(1);
    expect(page.items).toHaveLength(page.totalCount);
    expect(page.nextToken).toBeUndefined();
  });

  it('rejects a token issued for another workspace, another filter or another operation', async () => {
    const first = asList<JobRun>((await listJobRuns(heavy.workspaceId, { maxResults: 5 })).body, 'jobRuns');
    const token = first.nextToken as string;
    const other = dataset.workspaces.find(
      (w, i) => w.wire.workspaceId !== heavy.workspaceId && dataset.runs.some((r) => r.workspace === i),
    );
    await expectError(
      listJobRuns(other?.wire.workspaceId ?? '', { nextToken: token }),
      400,
      'InvalidParameter',
    );
    await expectError(
      listJobRuns(heavy.workspaceId, { nextToken: token, creator: heavyRuns[0]?.creator }),
      400,
      'InvalidParameter',
    );
    await expectError(listWorkspaces({ nextToken: token }), 400, 'InvalidParameter');
    // The same token with another page size is fine.
    const next = asList<JobRun>(
      (await listJobRuns(heavy.workspaceId, { nextToken: token, maxResults: 3 })).body,
      'jobRuns',
    );
    expect(ids(next.items)).toEqual(ids(heavyRuns.slice(5, 8)));
  });

  it('answers an unknown path with 404 InvalidApi.NotFound', async () => {
    const res = await callRoa(client, {
      action: 'ListJobRuns',
      version: VERSION,
      method: 'GET',
      pathname: '/api/v1/nope',
    }).catch((e: { statusCode: number; code: string }) => e);
    expect(res).toMatchObject({ statusCode: 404, code: 'InvalidApi.NotFound' });
  });
});

describeAlibabaSignatureConformance({
  name: 'EMR Serverless Spark',
  url: () => emulator.url,
  version: VERSION,
  list: { action: 'ListWorkspaces', pathname: '/api/v1/workspaces', query: { maxResults: '2' } },
  otherAction: 'ListJobRuns',
  expectError,
  expectListBody: (body) => expect((body.workspaces as unknown[]).length).toBe(2),
  legacyCalls: async (v2) => {
    const { items } = await pageAll<Workspace>((q) => listWorkspaces(q, v2), 'workspaces', {}, [4]);
    expect(items.length).toBe(dataset.workspaces.length);
    const query = {
      states: jsonParam(['Success', 'Failed'], 'states'),
      tags: jsonParam([{ key: 'env', value: 'prod' }], 'tags'),
    };
    const viaV2 = await pageAll<JobRun>(
      (q) => listJobRuns(heavy.workspaceId, q, v2),
      'jobRuns',
      query,
      [100],
    );
    expect(ids(viaV2.items)).toEqual(ids(await allRuns(heavy.workspaceId, query)));
  },
});

describe('signatures over reserved characters, and the request log', () => {
  it.each([
    ['ACS3', undefined],
    ['v2', 'v2' as const],
  ])(
    'verifies %s signatures over reserved and non-ASCII characters in JSON-string params',
    async (_label, signatureAlgorithm) => {
      const c = createRoaClient({ url: emulator.url, ...(signatureAlgorithm ? { signatureAlgorithm } : {}) });
      const tags = jsonParam([{ key: 'k 1', value: "v*(1)!'~+%/" }], 'tags');
      const runs = await listJobRuns(heavy.workspaceId, { tags, name: '订单 & co' }, c);
      expect(runs.body).toMatchObject({ jobRuns: [], totalCount: 0 });
      const chinese = dataset.workspaces.find((w) => /[^ -~]/.test(w.wire.workspaceName))?.wire;
      const fragment = chinese?.workspaceName.replace(/[ -~]/g, '').slice(0, 2) ?? '批作业';
      const found = asList<Workspace>((await listWorkspaces({ name: fragment }, c)).body, 'workspaces');
      expect(found.items.every((w) => w.workspaceName.includes(fragment))).toBe(true);
      expect(found.totalCount).toBe(
        dataset.workspaces.filter((w) => w.wire.workspaceName.includes(fragment)).length,
      );
    },
  );

  it('logs each call with its action', async () => {
    emulator.clearRequests();
    await listJobRuns(heavy.workspaceId, { maxResults: 1 });
    const log = await getRequestLog(emulator.url, 'ListJobRuns');
    expect(log).toEqual([
      expect.objectContaining({ action: 'ListJobRuns', path: runsPath(heavy.workspaceId), status: 200 }),
    ]);
  });
});

describe('response keys against the spec field tables', () => {
  /** Every page of a list operation, whole bodies. */
  async function pages(
    fetchPage: (query: Query) => Promise<RoaResult>,
    maxResults = 100,
  ): Promise<unknown[]> {
    const bodies: unknown[] = [];
    let token: string | undefined;
    do {
      const { body } = await fetchPage({ maxResults, nextToken: token });
      bodies.push(body);
      token = (body as { nextToken?: string }).nextToken;
    } while (token !== undefined);
    return bodies;
  }

  it('ListWorkspaces: every workspace of every page', async () => {
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    // Small pages, so some carry a nextToken.
    for (const body of await pages(listWorkspaces, 5)) spec.check('ListWorkspacesResponseBody', body);
    expect(spec.problems()).toEqual([]);
  });

  it('ListJobRuns: every run of every workspace, and the aggregations of groupByState', async () => {
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    for (const workspace of dataset.workspaces)
      for (const body of await pages((q) => listJobRuns(workspace.wire.workspaceId, q)))
        spec.check('ListJobRunsResponseBody', body);
    const grouped = await listJobRuns(heavy.workspaceId, { groupByState: true, maxResults: 5 });
    spec.check('ListJobRunsResponseBody', grouped.body);
    expect(spec.problems()).toEqual([]);
  });

  it('GetJobRun: runs in every state, with and without tags and end time', async () => {
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    const sample = JOB_RUN_STATES.flatMap((state) => heavyRuns.filter((r) => r.state === state).slice(0, 3));
    for (const run of sample)
      spec.check('GetJobRunResponseBody', (await getJobRun(heavy.workspaceId, run.jobRunId)).body);
    expect(spec.problems()).toEqual([]);
  });
});

describeFaultKinds('EMR Serverless Spark', {
  url: () => emulator.url,
  operation: 'ListJobRuns',
  call: () => roaOutcome(listJobRuns(heavy.workspaceId, { maxResults: 50 })),
  otherOperation: { name: 'ListWorkspaces', call: () => roaOutcome(listWorkspaces()) },
});
