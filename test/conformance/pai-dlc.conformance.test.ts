// Conformance test of the PAI-DLC emulator, driven through the official runtime (@alicloud/openapi-core)
// exactly as the generated pai-dlc-20201203 SDK would call it. Expected answers are computed here from
// the dataset's compact rows with independent (naive) filtering and sorting, not with the emulator's indexes.
import type OpenApi from '@alicloud/openapi-core';
import {
  DEFAULT_EMULATOR_CREDENTIAL,
  type AlibabaCredential,
} from '../../src/emulators/alibaba/alibaba.gateway';
import { JOB_STATUSES, JOB_TYPES } from '../../src/emulators/pai-dlc/vocabulary.dataset';
import { createPaiDlcDataset } from '../../src/emulators/pai-dlc/pai-dlc.dataset';
import { createPaiDlcEmulator } from '../../src/emulators/pai-dlc/pai-dlc.emulator';
import { NO_TIME, type PaiJobRow } from '../../src/emulators/pai-dlc/pai-dlc.model';
import { toGetJobBody, toJobItem } from '../../src/emulators/pai-dlc/job.materialize';
import type { GetJobResponseBody, JobItem, ListJobsResponseBody } from '../../src/emulators/pai-dlc/job.wire';
import { startEmulatorServer, type RunningEmulator } from '../../src/emulators/shared/http-server';
import { AlibabaSpecKeys, type SpecKeyRules } from '../helpers/alibaba-spec-keys';
import { callRoa, createRoaClient, jsonParam, roaOutcome, type RoaResult } from '../helpers/alibaba-client';
import { describeAlibabaSignatureConformance } from '../helpers/alibaba-signature-conformance';
import { describeFaultKinds } from '../helpers/fault-contract';

const VERSION = '2020-12-03';
const SECOND: AlibabaCredential = { accessKeyId: 'pai-second-user', accessKeySecret: 'pai-second-secret' };
const options = {
  seed: 'pai-contract',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL, SECOND],
};
const dataset = createPaiDlcDataset(options);
const { rows, directory } = dataset;
const NOW_MS = options.referenceTime;
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
/** A window that holds every job (they all lie in the 30 days before referenceTime). */
const ALL = { StartTime: iso(NOW_MS - 31 * DAY_MS), EndTime: iso(NOW_MS) };

type Query = Record<string, string | number | boolean | undefined>;
type Row = PaiJobRow;

const SPEC = 'pai-dlc-2020-12-03';
/** Where one PAI-DLC response may differ from the field tables, field by field, and why. */
const UNTIL = 'a time is absent until it happens (a job that never ran has no GmtRunningTime)';
const SCHEDULED = 'a pod gets a node and an address only once it is scheduled';
const SDK_ONLY = 'named only by the SDK model ("names/types only"): a feature no emulated job uses';
/** Where one PAI-DLC response may differ from the field tables, field by field, and why. */
const SPEC_RULES: SpecKeyRules = {
  conditional: {
    ...Object.fromEntries(
      ['JobItem', 'GetJobResponseBody'].flatMap((cls) => [
        ...['Submitted', 'Running', 'Successed', 'Failed', 'Stopped', 'Finish'].map((t) => [
          `${cls}.Gmt${t}Time`,
          UNTIL,
        ]),
        [`${cls}.SubStatus`, 'only some statuses have a sub-status'],
        [`${cls}.CodeSource`, 'only a job that mounts Git code has one'],
        [`${cls}.UserVpc`, "only a job attached to the user's VPC has one"],
      ]),
    ),
    ...Object.fromEntries(
      ['PodItem', 'GetJobResponseBodyPods'].flatMap((cls) => [
        [`${cls}.GmtStartTime`, 'absent until the pod starts'],
        [`${cls}.GmtFinishTime`, 'absent until the pod ends'],
        [`${cls}.Ip`, SCHEDULED],
        [`${cls}.PodIps`, SCHEDULED],
        [`${cls}.NodeName`, SCHEDULED],
        [`${cls}.SubStatus`, 'only some pod statuses have a sub-status'],
        [`${cls}.supportedProfilingTypes`, 'only a running pod can be profiled'],
      ]),
    ),
    'PodItem.PodIp': SCHEDULED,
    'JobItem.TemplateId': 'only a job created from a template has one',
    'JobItem.TemplateName': 'only a job created from a template has one',
    'GetJobResponseBody.Pods': 'the GetJob page: left out when NeedDetail=false',
    'GetJobResponseBody.RestartRecord': 'the GetJob page: left out when NeedDetail=false',
    'StatusTransitionItem.EndTime': 'the interval the job is still in has not ended',
    'JobSpec.EcsSpec': 'only a job on pay-as-you-go ECS machines names an instance type',
    'JobSpec.SystemDisk': 'only an ECS (non-Lingjun) role has a system disk',
    'JobSpec.Driver': 'only a Lingjun role pins a GPU driver',
    'JobSpec.OversoldType': 'only a role that runs on a resource quota has one',
    'JobSpec.QuotaId': 'only a role that runs on a resource quota has one',
    'ResourceConfig.GPUType': 'only a GPU resource has a GPU type',
    'JobSettings.BusinessUserId': 'optional setting: only a job submitted for a business user has one',
    'JobSettings.PipelineId': 'optional setting: only a job started by a pipeline has one',
    'JobSettings.Driver': 'only a Lingjun job pins a GPU driver',
    'JobSettings.SanityCheckArgs': 'only a job that runs sanity checks has their arguments',
    'JobSettings.ElasticSpotJobMaxRestartTimes': 'only a Spot job restarts on reclaim',
  },
  absent: {
    'GetJobResponseBodyPodsHistoryPods.SubStatus':
      'an earlier incarnation has ended: no sub-status is left to report',
    'GetJobResponseBodyPodsHistoryPods.supportedProfilingTypes':
      'an earlier incarnation has ended: nothing to profile',
    'JobReplicaStatus.CurrentSpotInstanceType': SDK_ONLY,
    'JobReplicaStatus.EstimatedAutoScalingSpec': SDK_ONLY,
    'JobSpec.AutoScalingSpec': SDK_ONLY,
    'JobSpec.ElasticSpotSpecs': SDK_ONLY,
    'JobSpec.HyperNodeSchedulingConfig': SDK_ONLY,
    'JobSpec.LocalMountSpecs': SDK_ONLY,
    'JobSpec.ServiceSpec': SDK_ONLY,
    'JobSpec.StartupDependencies': SDK_ONLY,
    'AssignNodeSpec.AntiAffinityHyperNodes': SDK_ONLY,
    'AssignNodeSpec.HyperNodes': SDK_ONLY,
    'JobSettings.DataJuicerConfig': SDK_ONLY,
    'JobSettings.ModelConfig': SDK_ONLY,
  },
};

let emulator: RunningEmulator;
let client: OpenApi;

const listJobs = (query: Query = {}, via: OpenApi = client): Promise<RoaResult> =>
  callRoa(via, { action: 'ListJobs', version: VERSION, method: 'GET', pathname: '/api/v1/jobs', query });
const getJob = (jobId: string, query: Query = {}, via: OpenApi = client): Promise<RoaResult> =>
  callRoa(via, {
    action: 'GetJob',
    version: VERSION,
    method: 'GET',
    pathname: `/api/v1/jobs/${encodeURIComponent(jobId)}`,
    query,
  });
const listBody = async (query: Query = {}, via?: OpenApi) =>
  (await listJobs(query, via)).body as ListJobsResponseBody;

/** Pages to the end, checking TotalCount stays put and pages are full until the last. */
async function listAll(
  query: Query,
  pageSize = 100,
  via?: OpenApi,
): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let total = -1;
  for (let page = 1; ; page++) {
    const body = await listBody({ ...query, PageNumber: page, PageSize: pageSize }, via);
    if (total === -1) total = body.TotalCount ?? 0;
    expect(body.TotalCount).toBe(total);
    ids.push(...body.Jobs.map((job) => job.JobId));
    if (body.Jobs.length < pageSize) break;
    expect(body.Jobs).toHaveLength(pageSize);
  }
  expect(ids).toHaveLength(total);
  return { ids, total };
}

/** The failure of a call through the official runtime. */
async function failure(
  call: Promise<unknown>,
): Promise<{ statusCode: number; code: string; data: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    return error as { statusCode: number; code: string; data: Record<string, unknown> };
  }
  throw new Error('the call was expected to fail');
}

async function expectPopError(call: Promise<unknown>, status: number, code: string): Promise<void> {
  const error = await failure(call);
  expect(error).toMatchObject({ statusCode: status, code });
  expect(error.data).toMatchObject({ Code: code, HostId: 'pai-dlc.cn-hangzhou.aliyuncs.com' });
  expect(error.data).toEqual(
    expect.objectContaining({
      RequestId: expect.any(String),
      Message: expect.any(String),
      Recommend: expect.any(String),
    }),
  );
}

// ---- independent expectations ----------------------------------------------------------------

const inWindow = (row: Row, fromMs: number, toMs: number) =>
  row.createTime * 1000 >= fromMs && row.createTime * 1000 <= toMs;
const newestFirst = (list: readonly Row[]) =>
  [...list].sort((a, b) => b.createTime - a.createTime || (a.jobId < b.jobId ? 1 : -1)).map((r) => r.jobId);
const expectedIds = (predicate: (row: Row) => boolean, fromMs = NOW_MS - 31 * DAY_MS, toMs = NOW_MS) =>
  newestFirst(rows.filter((row) => inWindow(row, fromMs, toMs) && predicate(row)));
const user = (row: Row) => directory.users[row.userIndex];
const quota = (row: Row) => directory.quotas[row.quotaIndex];

beforeAll(async () => {
  emulator = await startEmulatorServer(createPaiDlcEmulator(options), { port: 0 });
  client = createRoaClient({ url: emulator.url });
});

afterAll(async () => {
  await emulator.stop();
});

describe('PAI-DLC ListJobs', () => {
  it('answers {Jobs, TotalCount, RequestId} with full JobItems, newest first by default', async () => {
    const { statusCode, body } = await listJobs({ ...ALL, PageSize: 10 });
    expect(statusCode).toBe(200);
    const list = body as ListJobsResponseBody;
    expect(Object.keys(list).sort()).toEqual(['Jobs', 'RequestId', 'TotalCount']);
    expect(list.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(list.TotalCount).toBe(rows.length);
    const byId = new Map(rows.map((row) => [row.jobId, row]));
    expect(list.Jobs.map((j) => j.JobId)).toEqual(expectedIds(() => true).slice(0, 10));
    for (const job of list.Jobs) expect(job).toEqual(toJobItem(byId.get(job.JobId) as Row, dataset));
  });

  it('carries every JobItem field of the spec table across the data, ISO-8601 UTC times and supportedProfilingTypes', async () => {
    const seen = new Set<string>();
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    for (let page = 1; page <= Math.ceil(rows.length / 100); page++) {
      for (const job of (await listBody({ ...ALL, PageSize: 100, PageNumber: page })).Jobs) {
        Object.keys(job).forEach((key) => seen.add(key));
        spec.check('JobItem', job, `page ${page} ${job.JobId}`);
        expect(job.GmtCreateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        const history = job.StatusHistory ?? [];
        expect(history[history.length - 1]?.Status).toBe(job.Status);
        expect(history[0]?.StartTime).toBe(job.GmtCreateTime);
        for (const pod of job.Pods ?? [])
          for (const old of pod.HistoryPods ?? []) expect(old.HistoryPods).toEqual([]);
      }
    }
    expect(spec.problems()).toEqual([]);
    expect(seen).toContain('supportedProfilingTypes');
    for (const key of [
      'JobReplicaStatuses',
      'TemplateId',
      'TemplateName',
      'RetryCount',
      'UserVpc',
      'CodeSource',
      'GmtStoppedTime',
    ]) {
      expect(seen).toContain(key);
    }
  });

  it('holds every documented Status and several job types, workspaces and quotas', async () => {
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual([...JOB_STATUSES].sort());
    expect(new Set(rows.map((r) => r.jobType)).size).toBe(JOB_TYPES.length);
    expect(directory.workspaces.length).toBeGreaterThanOrEqual(4);
    expect(directory.quotas.length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.restarts > 0)).toBe(true);
  });

  it.each([
    [1, 'desc'],
    [7, 'asc'],
    [50, 'desc'],
    [100, 'asc'],
  ] as const)(
    'pages with PageSize %i, Order %s: no gap, no duplicate, TotalCount right',
    async (pageSize, order) => {
      // PageSize 1 walks the default 7-day window (fewer calls); the others walk everything.
      const window = pageSize === 1 ? {} : ALL;
      const fromMs = pageSize === 1 ? NOW_MS - 7 * DAY_MS : NOW_MS - 31 * DAY_MS;
      const expected = expectedIds(() => true, fromMs);
      const { ids, total } = await listAll({ ...window, Order: order }, pageSize);
      expect(total).toBe(expected.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(order === 'desc' ? expected : [...expected].reverse());
    },
  );

  it('answers a page past the end with no jobs and the right TotalCount', async () => {
    const body = await listBody({ ...ALL, PageSize: 100, PageNumber: 99 });
    expect(body).toMatchObject({ Jobs: [], TotalCount: rows.length });
  });

  describe('time window (job creation time)', () => {
    it('defaults to the last seven days before now', async () => {
      const { ids, total } = await listAll({});
      expect(ids).toEqual(expectedIds(() => true, NOW_MS - 7 * DAY_MS));
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(rows.length);
    });

    it('defaults EndTime to now and StartTime to now - 7 days independently', async () => {
      const start = NOW_MS - 2 * DAY_MS;
      expect((await listAll({ StartTime: iso(start) })).ids).toEqual(expectedIds(() => true, start));
      const end = NOW_MS - 3 * DAY_MS;
      expect((await listAll({ EndTime: iso(end) })).ids).toEqual(
        expectedIds(() => true, NOW_MS - 7 * DAY_MS, end),
      );
    });

    it('takes an explicit window, both ends inclusive', async () => {
      const target = rows[Math.floor(rows.length / 2)] as Row;
      const at = iso(target.createTime * 1000);
      const { ids } = await listAll({ StartTime: at, EndTime: at });
      expect(ids).toContain(target.jobId);
      expect(ids).toEqual(expectedIds((r) => r.createTime === target.createTime));
      const from = NOW_MS - 20 * DAY_MS;
      const to = NOW_MS - 10 * DAY_MS;
      expect((await listAll({ StartTime: iso(from), EndTime: iso(to) })).ids).toEqual(
        expectedIds(() => true, from, to),
      );
    });
  });

  describe('filters', () => {
    const first = rows[0] as Row;
    const tagged = rows.find((r) => Object.keys(r.tags).length >= 2) as Row;
    const twoTags = Object.entries(tagged.tags).slice(0, 2);
    const lingjunQuota = directory.quotas.findIndex((q) => q.resourceType === 'Lingjun');
    const withTemplate = rows.find((r) => r.templateId) as Row;
    const withPipeline = rows.find((r) => r.pipelineId) as Row;
    const withBusinessUser = rows.find((r) => r.businessUserId) as Row;
    const cases: [string, Query, (row: Row) => boolean][] = [
      [
        'DisplayName, fuzzy and case-insensitive',
        { DisplayName: 'MNIST-T' },
        (r) => r.displayName.toLowerCase().includes('mnist-t'),
      ],
      [
        'DisplayName upper-cased names too',
        { DisplayName: 'llama3' },
        (r) => r.displayName.toLowerCase().includes('llama3'),
      ],
      [
        'DisplayNameSearchMode=wildcard (the documented default)',
        { DisplayName: 'BERT', DisplayNameSearchMode: 'wildcard' },
        (r) => r.displayName.toLowerCase().includes('bert'),
      ],
      ['JobType', { JobType: 'TFJob' }, (r) => r.jobType === 'TFJob'],
      ['Status', { Status: 'Running' }, (r) => r.status === 'Running'],
      ['ShowOwn (the default credential is the first user)', { ShowOwn: true }, (r) => r.userIndex === 0],
      ['UserIdForFilter', { UserIdForFilter: directory.users[2]?.userId }, (r) => r.userIndex === 2],
      ['WorkspaceId', { WorkspaceId: directory.workspaces[1]?.workspaceId }, (r) => r.workspaceIndex === 1],
      [
        'ResourceId',
        { ResourceId: directory.quotas[lingjunQuota]?.resourceId },
        (r) => r.quotaIndex === lingjunQuota,
      ],
      [
        'ResourceIds (comma list)',
        { ResourceIds: `${directory.quotas[0]?.resourceId},${directory.quotas[1]?.resourceId}` },
        (r) => r.quotaIndex === 0 || r.quotaIndex === 1,
      ],
      [
        'JobId, fuzzy and case-insensitive',
        { JobId: first.jobId.slice(4, 16).toUpperCase() },
        (r) => r.jobId.includes(first.jobId.slice(4, 16)),
      ],
      [
        'JobIds (comma list)',
        { JobIds: `${first.jobId},${rows[5]?.jobId},dlc-nope` },
        (r) => r === first || r === rows[5],
      ],
      ['Username, fuzzy', { Username: 'CHEN' }, (r) => (user(r)?.username ?? '').includes('chen')],
      [
        'ResourceQuotaName, fuzzy',
        { ResourceQuotaName: 'LINGJUN' },
        (r) => (quota(r)?.resourceQuotaName ?? '').includes('lingjun'),
      ],
      [
        'Tags (all must match)',
        { Tags: jsonParam(Object.fromEntries(twoTags), 'Tags') },
        (r) => twoTags.every(([k, v]) => r.tags[k] === v),
      ],
      ['Accessibility=PUBLIC', { Accessibility: 'PUBLIC' }, (r) => r.accessibility === 'PUBLIC'],
      ['Accessibility=PRIVATE', { Accessibility: 'PRIVATE' }, (r) => r.accessibility === 'PRIVATE'],
      ['PaymentType', { PaymentType: 'Spot' }, (r) => r.paymentType === 'Spot'],
      [
        'PipelineId',
        { PipelineId: withPipeline.pipelineId },
        (r) => r.pipelineId === withPipeline.pipelineId,
      ],
      [
        'BusinessUserId',
        { BusinessUserId: withBusinessUser.businessUserId },
        (r) => r.businessUserId === withBusinessUser.businessUserId,
      ],
      ['Caller', { Caller: 'DSW' }, (r) => r.caller === 'DSW'],
      [
        'TemplateId',
        { TemplateId: withTemplate.templateId },
        (r) => r.templateId === withTemplate.templateId,
      ],
      [
        'Description, fuzzy',
        { Description: 'from silkflow' },
        (r) => r.description.toLowerCase().includes('from silkflow'),
      ],
      [
        'OversoldInfo=AcceptQuotaOverSold-true',
        { OversoldInfo: 'AcceptQuotaOverSold-true' },
        (r) => r.oversoldType === 'AcceptQuotaOverSold' && r.useOversoldResource,
      ],
      [
        'OversoldInfo=ForbiddenQuotaOverSold',
        { OversoldInfo: 'ForbiddenQuotaOverSold' },
        (r) => r.oversoldType === 'ForbiddenQuotaOverSold',
      ],
      ['EnableAssignNode', { EnableAssignNode: 'true' }, (r) => r.enableAssignNode],
      [
        'NumericRange on RequestGPU',
        { NumericRangeField: 'RequestGPU', NumericRangeMin: 8, NumericRangeMax: 64 },
        (r) => r.requestGPU >= 8 && r.requestGPU <= 64,
      ],
      [
        'ImageSearch (every word)',
        { ImageSearch: 'pytorch training' },
        (r) => r.image.includes('pytorch') && r.image.includes('training'),
      ],
      [
        'ReasonSearch',
        { ReasonSearch: 'oomkilled' },
        (r) => `${r.reasonCode} ${r.reasonMessage}`.toLowerCase().includes('oomkilled'),
      ],
      ['UserCommandSearch', { UserCommandSearch: 'torchrun' }, (r) => r.userCommand.includes('torchrun')],
      [
        'several filters at once',
        {
          JobType: 'PyTorchJob',
          Accessibility: 'PUBLIC',
          WorkspaceId: directory.workspaces[1]?.workspaceId,
          Status: 'Succeeded',
        },
        (r) =>
          r.jobType === 'PyTorchJob' &&
          r.accessibility === 'PUBLIC' &&
          r.workspaceIndex === 1 &&
          r.status === 'Succeeded',
      ],
    ];

    it.each(cases)('%s', async (_name, query, predicate) => {
      const expected = expectedIds(predicate);
      expect(expected.length).toBeGreaterThan(0);
      const { ids, total } = await listAll({ ...ALL, ...query }, 50);
      expect(total).toBe(expected.length);
      expect(ids).toEqual(expected);
    });

    it('partitions the jobs by Status, every documented status included', async () => {
      let sum = 0;
      for (const status of JOB_STATUSES) {
        const { total } = await listAll({ ...ALL, Status: status });
        expect(total).toBe(expectedIds((r) => r.status === status).length);
        expect(total).toBeGreaterThan(0);
        sum += total;
      }
      expect(sum).toBe(rows.length);
    });

    it('ShowOwn follows the credential: a second AccessKey is the second user', async () => {
      const second = createRoaClient({
        url: emulator.url,
        accessKeyId: SECOND.accessKeyId,
        accessKeySecret: SECOND.accessKeySecret,
      });
      const { ids } = await listAll({ ...ALL, ShowOwn: true }, 100, second);
      expect(ids).toEqual(expectedIds((r) => r.userIndex === 1));
      expect(ids.length).toBeGreaterThan(0);
      const mine = (await listBody({ ...ALL, ShowOwn: true, PageSize: 5 }, second)).Jobs;
      for (const job of mine) expect(job.UserId).toBe(directory.users[1]?.userId);
    });

    it('FromAllWorkspaces (with ShowOwn) searches past WorkspaceId; without ShowOwn it is refused', async () => {
      const query = {
        ...ALL,
        ShowOwn: true,
        FromAllWorkspaces: true,
        WorkspaceId: directory.workspaces[0]?.workspaceId,
      };
      expect((await listAll(query)).ids).toEqual(expectedIds((r) => r.userIndex === 0));
      await expectPopError(listJobs({ FromAllWorkspaces: true }), 400, 'InvalidParameter');
    });

    it('an empty workspace, an unknown workspace and unknown values match nothing', async () => {
      const empty = directory.workspaces.find((w) => w.weight === 0)?.workspaceId;
      for (const query of [
        { WorkspaceId: empty },
        { WorkspaceId: '999999' },
        { Status: 'Exploded' },
        { JobType: 'NoSuchJob' },
      ]) {
        expect(await listBody({ ...ALL, ...query })).toMatchObject({ Jobs: [], TotalCount: 0 });
      }
    });

    it('ShowOwn=false and an empty Tags object do not filter', async () => {
      const body = await listBody({ ...ALL, ShowOwn: false, Tags: jsonParam({}, 'Tags'), PageSize: 1 });
      expect(body.TotalCount).toBe(rows.length);
    });
  });

  describe('sorting', () => {
    const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
    const keyOf: Record<string, (row: Row) => string | number | undefined> = {
      GmtCreateTime: (r) => r.createTime,
      GmtFinishTime: (r) => (r.finishTime === NO_TIME ? undefined : r.finishTime),
      DisplayName: (r) => `${r.displayName.toLowerCase()}\u0000${r.displayName}`,
      JobType: (r) => r.jobType,
      Status: (r) => r.status,
    };
    /** Values ascending or descending, ties in creation order (asc) or reverse (desc), missing values last. */
    function sorted(key: string, order: 'asc' | 'desc'): string[] {
      const get = keyOf[key] as (row: Row) => string | number | undefined;
      const positions = rows.map((_, i) => i);
      const valued = positions.filter((i) => get(rows[i] as Row) !== undefined);
      const missing = positions.filter((i) => get(rows[i] as Row) === undefined);
      valued.sort((a, b) => compare(get(rows[a] as Row) as string, get(rows[b] as Row) as string) || a - b);
      if (order === 'desc') valued.reverse();
      return [...valued, ...missing].map((i) => (rows[i] as Row).jobId);
    }

    it.each(Object.keys(keyOf).flatMap((key) => [[key, 'asc'] as const, [key, 'desc'] as const]))(
      'SortBy=%s Order=%s',
      async (sortBy, order) => {
        const { ids } = await listAll({ ...ALL, SortBy: sortBy, Order: order }, 100);
        expect(ids).toEqual(sorted(sortBy, order));
      },
    );

    it('sorts a filtered list and pages it with small pages', async () => {
      const { ids } = await listAll({ ...ALL, JobType: 'PyTorchJob', SortBy: 'Status', Order: 'asc' }, 13);
      expect(ids).toEqual(
        sorted('Status', 'asc').filter((id) => rows.find((r) => r.jobId === id)?.jobType === 'PyTorchJob'),
      );
    });
  });

  describe('validation', () => {
    it.each([
      ['PageSize 0', { PageSize: 0 }],
      ['PageSize not a number', { PageSize: 'abc' }],
      ['PageNumber 0', { PageNumber: 0 }],
      ['PageNumber not a number', { PageNumber: '1.5' }],
      ['Tags not JSON', { Tags: '{"team":' }],
      ['Tags not an object', { Tags: '["team"]' }],
      ['Tags with a nested value', { Tags: '{"team":{"a":1}}' }],
      ['SortBy unknown', { SortBy: 'Colour' }],
      ['Order unknown', { Order: 'sideways' }],
      ['StartTime not ISO-8601', { StartTime: 'yesterday' }],
      ['EndTime not ISO-8601', { EndTime: '2026-01-15 12:00:00' }],
      ['Accessibility unknown', { Accessibility: 'SECRET' }],
      ['ShowOwn not a boolean', { ShowOwn: 'yes' }],
      ['PaymentType unknown', { PaymentType: 'Free' }],
      ['NumericRangeMin without a field', { NumericRangeMin: 1 }],
      // Values the ListJobs documentation does not list, though a console may use them.
      ['SortBy beyond the documented five', { SortBy: 'GmtRunningTime' }],
      ['TimeRangeField (the documentation names no value)', { TimeRangeField: 'GmtCreateTime' }],
      ['TimeRangeField on another time', { TimeRangeField: 'GmtFinishTime' }],
      ['NumericRangeField beyond RequestGPU', { NumericRangeField: 'RequestMemory', NumericRangeMin: 1 }],
      ['DisplayNameSearchMode beyond wildcard', { DisplayName: 'x', DisplayNameSearchMode: 'exact' }],
      ['DisplayNameSearchMode=prefix', { DisplayName: 'x', DisplayNameSearchMode: 'prefix' }],
    ])('%s → 400 InvalidParameter', async (_name, query) => {
      await expectPopError(listJobs(query as Query), 400, 'InvalidParameter');
    });

    it('ignores unknown parameters, as upstream does', async () => {
      expect((await listBody({ ...ALL, Colour: 'blue', PageSize: 1 })).TotalCount).toBe(rows.length);
    });

    it('serves any PageSize in full: the documentation states no maximum (a cap is an emulator option)', async () => {
      const body = await listBody({ ...ALL, PageSize: rows.length + 1 });
      expect(body.Jobs).toHaveLength(rows.length);
    });
  });
});

describe('PAI-DLC GetJob', () => {
  const restarted =
    rows.find((r) => r.restarts > 0 && r.status === 'Running') ?? (rows.find((r) => r.restarts > 0) as Row);

  it('answers the job fields at the top level plus RequestId (not wrapped)', async () => {
    const { statusCode, body } = await getJob(restarted.jobId);
    expect(statusCode).toBe(200);
    const job = body as GetJobResponseBody;
    expect(job.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(job).toEqual(toGetJobBody(restarted, dataset, job.RequestId ?? '', true));
    expect(job).not.toHaveProperty('Job');
    expect(job.RestartTimes).toBe(`${restarted.restarts}/${restarted.maxRestarts}`);
  });

  it('carries the GetJob-only fields: CustomEnvs, Description, RestartRecord, RoleSystemEnvs, pod Duration', async () => {
    const job = (await getJob(restarted.jobId)).body as GetJobResponseBody;
    for (const key of [
      'CustomEnvs',
      'Description',
      'RestartRecord',
      'RoleSystemEnvs',
      'Pods',
      'DataSources',
    ]) {
      expect(job).toHaveProperty(key);
    }
    expect(job).not.toHaveProperty('SystemEnvs');
    expect(job.RestartRecord).toHaveLength(restarted.restarts);
    expect(job.RestartRecord?.[0]?.DetailErrorInfoList?.length).toBeGreaterThan(0);
    const pods = job.Pods ?? [];
    expect(pods.length).toBeGreaterThan(0);
    expect(pods.some((pod) => (pod.HistoryPods ?? []).length > 0)).toBe(true);
    for (const pod of pods) {
      expect(pod).toEqual(
        expect.objectContaining({ Duration: expect.any(Number), ResourceType: expect.any(String) }),
      );
      for (const old of pod.HistoryPods ?? []) {
        expect(old).not.toHaveProperty('HistoryPods');
        expect(old.Status).toBe('Failed');
      }
    }
    for (const source of job.DataSources ?? []) expect(source.Uri).toMatch(/^(oss|nas):\/\//);
  });

  it('agrees with what ListJobs says about the same job', async () => {
    const listed = (await listBody({ ...ALL, JobIds: restarted.jobId })).Jobs[0] as JobItem;
    const got = (await getJob(restarted.jobId)).body as GetJobResponseBody;
    for (const key of [
      'Status',
      'StatusHistory',
      'JobSpecs',
      'Settings',
      'GmtCreateTime',
      'Duration',
      'UserId',
    ] as const) {
      expect(got[key]).toEqual(listed[key]);
    }
    expect(got.Pods?.map((p) => p.PodId)).toEqual(listed.Pods?.map((p) => p.PodId));
  });

  it('NeedDetail=false leaves out Pods and RestartRecord', async () => {
    const job = (await getJob(restarted.jobId, { NeedDetail: false })).body as GetJobResponseBody;
    expect(job).not.toHaveProperty('Pods');
    expect(job).not.toHaveProperty('RestartRecord');
    expect(job.JobId).toBe(restarted.jobId);
  });

  it('never shows a real secret in credential or registry settings', async () => {
    for (const row of rows.slice(0, 80)) {
      const job = toGetJobBody(row, dataset, 'X', true);
      for (const item of job.CredentialConfig?.CredentialConfigItems ?? []) {
        for (const role of item.Roles ?? [])
          expect(role.AssumeUserInfo?.SecurityToken).toMatch(/^(|FAKE-.*)$/);
      }
      for (const spec of job.JobSpecs ?? []) expect(spec.ImageConfig?.Password).toMatch(/^(|\*+)$/);
    }
  });

  it('answers an unknown JobId with 404 InvalidJobId.NotFound', async () => {
    await expectPopError(getJob('dlc-20990101000000-nosuchjob0000'), 404, 'InvalidJobId.NotFound');
  });

  it('rejects a malformed NeedDetail', async () => {
    await expectPopError(getJob(restarted.jobId, { NeedDetail: 'maybe' }), 400, 'InvalidParameter');
  });
});

describe('PAI-DLC response keys against the spec field tables', () => {
  it('ListJobs: every job of every page', async () => {
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    for (let page = 1; page <= Math.ceil(rows.length / 100); page++)
      spec.check('ListJobsResponseBody', (await listJobs({ ...ALL, PageSize: 100, PageNumber: page })).body);
    expect(spec.problems()).toEqual([]);
  });

  it('GetJob: jobs in every status, restarted ones included, with and without NeedDetail', async () => {
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    const sample = [
      ...JOB_STATUSES.flatMap((status) => rows.filter((r) => r.status === status).slice(0, 3)),
      ...rows.filter((r) => r.restarts > 0).slice(0, 5),
    ];
    for (const row of sample) spec.check('GetJobResponseBody', (await getJob(row.jobId)).body);
    for (const row of sample.slice(0, 3))
      spec.check('GetJobResponseBody', (await getJob(row.jobId, { NeedDetail: false })).body);
    expect(spec.problems()).toEqual([]);
  });
});

describeAlibabaSignatureConformance({
  name: 'PAI-DLC',
  url: () => emulator.url,
  version: VERSION,
  list: { action: 'ListJobs', pathname: '/api/v1/jobs', query: { PageSize: '1' } },
  otherAction: 'GetJob',
  expectError: expectPopError,
  expectListBody: (body) => expect(body).toHaveProperty('TotalCount'),
  legacyCalls: async (legacy) => {
    const tagged = rows.find((r) => Object.keys(r.tags).length > 0) as Row;
    const body = await listBody(
      { ...ALL, Tags: jsonParam(tagged.tags, 'Tags'), DisplayName: 'e', PageSize: 3 },
      legacy,
    );
    expect(body.TotalCount).toBe(
      expectedIds(
        (r) =>
          r.displayName.toLowerCase().includes('e') &&
          Object.entries(tagged.tags).every(([k, v]) => r.tags[k] === v),
      ).length,
    );
    expect(((await getJob(tagged.jobId, {}, legacy)).body as GetJobResponseBody).JobId).toBe(tagged.jobId);
  },
});

describe('PAI-DLC determinism', () => {
  it('serves the same data for the same seed, and other data for another seed', async () => {
    const twin = await startEmulatorServer(createPaiDlcEmulator(options), { port: 0 });
    const other = await startEmulatorServer(createPaiDlcEmulator({ ...options, seed: 'another-seed' }), {
      port: 0,
    });
    try {
      const page = async (url: string) => {
        const body = await listBody({ ...ALL, PageSize: 100, PageNumber: 2 }, createRoaClient({ url }));
        return { Jobs: body.Jobs, TotalCount: body.TotalCount };
      };
      expect(await page(twin.url)).toEqual(await page(emulator.url));
      expect((await page(other.url)).Jobs.map((j) => j.JobId)).not.toEqual(
        (await page(emulator.url)).Jobs.map((j) => j.JobId),
      );
    } finally {
      await twin.stop();
      await other.stop();
    }
  });
});

describeFaultKinds('PAI-DLC ListJobs', {
  url: () => emulator.url,
  operation: 'ListJobs',
  call: () => roaOutcome(listJobs({ PageSize: 5 })),
  otherOperation: { name: 'GetJob', call: () => roaOutcome(getJob(rows[0]?.jobId ?? '')) },
});

describeFaultKinds('PAI-DLC GetJob', {
  url: () => emulator.url,
  operation: 'GetJob',
  call: () => roaOutcome(getJob(rows[rows.length - 1]?.jobId ?? '')),
  otherOperation: { name: 'ListJobs', call: () => roaOutcome(listJobs({ PageSize: 5 })) },
});
