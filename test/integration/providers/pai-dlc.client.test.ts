import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba.gateway';
import { createPaiDlcDataset } from '../../../src/emulators/pai-dlc/pai-dlc.dataset';
import { createPaiDlcEmulator } from '../../../src/emulators/pai-dlc/pai-dlc.emulator';
import type { PaiJobRow } from '../../../src/emulators/pai-dlc/pai-dlc.model';
import { toGetJobBody, toJobItem } from '../../../src/emulators/pai-dlc/job.materialize';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import type { PaiJobFilter } from '../../../src/domain/pai-job-filter';
import { PAI_LIST_JOBS_MAX_PAGE_SIZE } from '../../../src/domain/upstream-page-limits';
import { toPaiJob } from '../../../src/providers/pai-dlc/pai-dlc.mapper';
import { PaiDlcUpstreamProvider, type PaiDlcProvider } from '../../../src/providers/pai-dlc/pai-dlc.provider';
import { getRequestLog, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { startStubUpstream, type StubUpstream } from '../../helpers/stub-upstream';

const options = {
  seed: 'pai-provider',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
/** The world the emulator serves, built locally to know what each answer must hold. */
const dataset = createPaiDlcDataset(options);
const { rows, directory } = dataset;
const DAY_MS = 86_400_000;
const WIDE_START = '2015-01-01T00:00:00Z';
const expectedJob = (row: PaiJobRow) => toPaiJob(toJobItem(row, dataset), 'ListJobs', 'test');
const newestFirst = (list: readonly PaiJobRow[]) =>
  [...list].sort((a, b) => b.createTime - a.createTime || (a.jobId < b.jobId ? 1 : -1)).map((r) => r.jobId);
const user = (row: PaiJobRow) => directory.users[row.userIndex];
const quota = (row: PaiJobRow) => directory.quotas[row.quotaIndex];

let emulator: RunningEmulator;
let provider: PaiDlcProvider;

beforeAll(async () => {
  emulator = await startEmulatorServer(createPaiDlcEmulator(options), { port: 0 });
  provider = PaiDlcUpstreamProvider.forInstance(emulatorAlibabaInstance(emulator.url));
});
afterAll(() => emulator.stop());
beforeEach(() => resetEmulator(emulator.url));

const log = (operation?: string) => getRequestLog(emulator.url, operation);

describe('PAI-DLC listJobs', () => {
  it('maps a page of ListJobs, newest first, with the explicit wide window', async () => {
    const page = await provider.listJobs({}, { pageNumber: 1, pageSize: 10 });
    expect(page.totalCount).toBe(rows.length);
    const byId = new Map(rows.map((row) => [row.jobId, row]));
    expect(page.items).toEqual(
      newestFirst(rows)
        .slice(0, 10)
        .map((id) => expectedJob(byId.get(id)!)),
    );
    const [entry] = await log('ListJobs');
    expect(entry?.path).toBe('/api/v1/jobs');
    expect(entry?.query).toEqual({ PageNumber: '1', PageSize: '10', StartTime: WIDE_START });
  });

  it('does not hide jobs older than seven days, as PAI’s own default window would', async () => {
    const now = options.referenceTime;
    const recent = rows.filter((row) => row.createTime * 1000 >= now - 7 * DAY_MS).length;
    expect(recent).toBeLessThan(rows.length);
    expect((await provider.listJobs({}, { pageNumber: 1, pageSize: 1 })).totalCount).toBe(rows.length);
    const lastWeek = await provider.listJobs(
      { window: { from: now - 7 * DAY_MS } },
      { pageNumber: 1, pageSize: 1 },
    );
    expect(lastWeek.totalCount).toBe(recent);
  });

  it('pages by number and sorts by SortBy/Order', async () => {
    const oldestFirst = [...newestFirst(rows)].reverse();
    const page = await provider.listJobs(
      {},
      { pageNumber: 3, pageSize: 7, sortBy: 'GmtCreateTime', order: 'asc' },
    );
    expect(page.items.map((job) => job.jobId)).toEqual(oldestFirst.slice(14, 21));
    expect((await log('ListJobs'))[0]?.query).toMatchObject({
      PageNumber: '3',
      PageSize: '7',
      SortBy: 'GmtCreateTime',
      Order: 'asc',
    });
    const past = await provider.listJobs({}, { pageNumber: 1000, pageSize: PAI_LIST_JOBS_MAX_PAGE_SIZE });
    expect(past).toEqual({ items: [], totalCount: rows.length });
  });

  it('sends an unchecked TimeRangeField as is; the emulator, which knows no documented value, refuses it', async () => {
    const from = options.referenceTime - 10 * DAY_MS;
    const error = await provider
      .listJobs({ window: { from, field: 'GmtFinishTime' } }, { pageNumber: 1, pageSize: 100 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', upstreamCode: 'InvalidParameter' });
    const calls = await log('ListJobs');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query).toMatchObject({
      StartTime: new Date(from).toISOString().replace('.000Z', 'Z'),
      TimeRangeField: 'GmtFinishTime',
    });
  });

  describe('every documented filter reaches the wire and filters', () => {
    const first = rows[0]!;
    const tagged = rows.find((r) => Object.keys(r.tags).length >= 2)!;
    const twoTags = Object.fromEntries(Object.entries(tagged.tags).slice(0, 2));
    const lingjun = directory.quotas.findIndex((q) => q.resourceType === 'Lingjun');
    const withTemplate = rows.find((r) => r.templateId)!;
    const withPipeline = rows.find((r) => r.pipelineId)!;
    const withBusinessUser = rows.find((r) => r.businessUserId)!;
    const someone = user(rows[3]!)!;
    const cases: [string, PaiJobFilter, Record<string, string>, (row: PaiJobRow) => boolean][] = [
      [
        'displayName',
        { displayName: 'MNIST' },
        { DisplayName: 'MNIST' },
        (r) => r.displayName.toLowerCase().includes('mnist'),
      ],
      [
        'displayNameSearchMode',
        { displayName: 'MNIST', displayNameSearchMode: 'wildcard' },
        { DisplayName: 'MNIST', DisplayNameSearchMode: 'wildcard' },
        (r) => r.displayName.toLowerCase().includes('mnist'),
      ],
      ['jobType', { jobType: 'PyTorchJob' }, { JobType: 'PyTorchJob' }, (r) => r.jobType === 'PyTorchJob'],
      ['status', { status: 'Queuing' }, { Status: 'Queuing' }, (r) => r.status === 'Queuing'],
      [
        'workspaceId',
        { workspaceId: directory.workspaces[1]!.workspaceId },
        { WorkspaceId: directory.workspaces[1]!.workspaceId },
        (r) => r.workspaceIndex === 1,
      ],
      [
        'showOwn (the default credential is the first user)',
        { showOwn: true },
        { ShowOwn: 'true' },
        (r) => r.userIndex === 0,
      ],
      [
        'fromAllWorkspaces with showOwn',
        { showOwn: true, fromAllWorkspaces: true, workspaceId: directory.workspaces[1]!.workspaceId },
        { ShowOwn: 'true', FromAllWorkspaces: 'true' },
        (r) => r.userIndex === 0,
      ],
      [
        'resourceId',
        { resourceId: directory.quotas[lingjun]!.resourceId },
        { ResourceId: directory.quotas[lingjun]!.resourceId },
        (r) => r.quotaIndex === lingjun,
      ],
      [
        'resourceIds',
        { resourceIds: [directory.quotas[0]!.resourceId, directory.quotas[1]!.resourceId] },
        { ResourceIds: `${directory.quotas[0]!.resourceId},${directory.quotas[1]!.resourceId}` },
        (r) => r.quotaIndex === 0 || r.quotaIndex === 1,
      ],
      [
        'jobId (a fragment)',
        { jobId: first.jobId.slice(4, 16) },
        { JobId: first.jobId.slice(4, 16) },
        (r) => r.jobId.includes(first.jobId.slice(4, 16)),
      ],
      [
        'jobIds',
        { jobIds: [first.jobId, rows[5]!.jobId, 'dlc-nope'] },
        { JobIds: `${first.jobId},${rows[5]!.jobId},dlc-nope` },
        (r) => r === first || r === rows[5],
      ],
      [
        'userIdForFilter',
        { userIdForFilter: someone.userId },
        { UserIdForFilter: someone.userId },
        (r) => user(r)?.userId === someone.userId,
      ],
      [
        'username (a fragment)',
        { username: someone.username.slice(0, 3) },
        { Username: someone.username.slice(0, 3) },
        (r) => (user(r)?.username ?? '').includes(someone.username.slice(0, 3)),
      ],
      [
        'resourceQuotaName (a fragment)',
        { resourceQuotaName: 'LINGJUN' },
        { ResourceQuotaName: 'LINGJUN' },
        (r) => (quota(r)?.resourceQuotaName ?? '').toLowerCase().includes('lingjun'),
      ],
      [
        'tags (one JSON object)',
        { tags: twoTags },
        { Tags: JSON.stringify(twoTags) },
        (r) => Object.entries(twoTags).every(([k, v]) => r.tags[k] === v),
      ],
      [
        'accessibility',
        { accessibility: 'PRIVATE' },
        { Accessibility: 'PRIVATE' },
        (r) => r.accessibility === 'PRIVATE',
      ],
      ['paymentType', { paymentType: 'Spot' }, { PaymentType: 'Spot' }, (r) => r.paymentType === 'Spot'],
      [
        'pipelineId',
        { pipelineId: withPipeline.pipelineId },
        { PipelineId: withPipeline.pipelineId },
        (r) => r.pipelineId === withPipeline.pipelineId,
      ],
      [
        'businessUserId',
        { businessUserId: withBusinessUser.businessUserId },
        { BusinessUserId: withBusinessUser.businessUserId },
        (r) => r.businessUserId === withBusinessUser.businessUserId,
      ],
      ['caller', { caller: 'DSW' }, { Caller: 'DSW' }, (r) => r.caller === 'DSW'],
      [
        'templateId',
        { templateId: withTemplate.templateId },
        { TemplateId: withTemplate.templateId },
        (r) => r.templateId === withTemplate.templateId,
      ],
      [
        'description (a fragment)',
        { description: 'from silkflow' },
        { Description: 'from silkflow' },
        (r) => r.description.toLowerCase().includes('from silkflow'),
      ],
      [
        'oversoldInfo',
        { oversoldInfo: 'AcceptQuotaOverSold-true' },
        { OversoldInfo: 'AcceptQuotaOverSold-true' },
        (r) => r.oversoldType === 'AcceptQuotaOverSold' && r.useOversoldResource,
      ],
      [
        'enableAssignNode',
        { enableAssignNode: true },
        { EnableAssignNode: 'true' },
        (r) => r.enableAssignNode,
      ],
      [
        'numericRange',
        { numericRange: { field: 'RequestGPU', min: 8, max: 64 } },
        { NumericRangeField: 'RequestGPU', NumericRangeMin: '8', NumericRangeMax: '64' },
        (r) => r.requestGPU >= 8 && r.requestGPU <= 64,
      ],
      [
        'imageSearch',
        { imageSearch: 'pytorch training' },
        { ImageSearch: 'pytorch training' },
        (r) => r.image.includes('pytorch') && r.image.includes('training'),
      ],
      [
        'reasonSearch',
        { reasonSearch: 'oomkilled' },
        { ReasonSearch: 'oomkilled' },
        (r) => `${r.reasonCode} ${r.reasonMessage}`.toLowerCase().includes('oomkilled'),
      ],
      [
        'userCommandSearch',
        { userCommandSearch: 'torchrun' },
        { UserCommandSearch: 'torchrun' },
        (r) => r.userCommand.includes('torchrun'),
      ],
    ];

    it.each(cases)('%s', async (_name, filter, wire, predicate) => {
      const expected = newestFirst(rows.filter(predicate));
      expect(expected.length).toBeGreaterThan(0);
      const page = await provider.listJobs(filter, { pageNumber: 1, pageSize: 100 });
      expect(page.totalCount).toBe(expected.length);
      expect(page.items.map((job) => job.jobId)).toEqual(expected.slice(0, 100));
      const [entry] = await log('ListJobs');
      expect(entry?.query).toMatchObject({
        ...wire,
        StartTime: WIDE_START,
        PageNumber: '1',
        PageSize: '100',
      });
    });
  });

  it('refuses pages and filters the upstream would refuse, without a call', async () => {
    const page = { pageNumber: 1, pageSize: 10 };
    await expect(provider.listJobs({}, { pageNumber: 0, pageSize: 10 })).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(
      provider.listJobs({}, { pageNumber: 1, pageSize: PAI_LIST_JOBS_MAX_PAGE_SIZE + 1 }),
    ).rejects.toBeInstanceOf(BadUserInputError);
    await expect(provider.listJobs({ fromAllWorkspaces: true }, page)).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(provider.listJobs({ jobIds: ['a,b'] }, page)).rejects.toBeInstanceOf(BadUserInputError);
    expect(await provider.listJobs({ jobIds: [] }, page)).toEqual({ items: [], totalCount: 0 });
    expect(await log()).toHaveLength(0);
  });

  it('a value the emulator refuses is a typed BAD_USER_INPUT, not retried', async () => {
    const error = await provider
      .listJobs({ displayName: 'x', displayNameSearchMode: 'exact' }, { pageNumber: 1, pageSize: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: 'InvalidParameter',
      provider: 'PAI_DLC',
      operation: 'ListJobs',
    });
    expect(await log('ListJobs')).toHaveLength(1);
  });
});

describe('PAI-DLC getJob', () => {
  const restarted =
    rows.find((r) => r.restarts > 0 && r.status === 'Running') ?? rows.find((r) => r.restarts > 0)!;

  it('maps GetJob with its pods, restart records and GetJob-only fields', async () => {
    const job = await provider.getJob(restarted.jobId);
    expect(job).toEqual(toPaiJob(toGetJobBody(restarted, dataset, 'R', true), 'GetJob', 'test'));
    expect(job?.restartRecord?.length).toBe(restarted.restarts);
    expect(job?.pods.length).toBeGreaterThan(0);
    const [entry] = await log('GetJob');
    expect(entry).toMatchObject({ path: `/api/v1/jobs/${restarted.jobId}`, query: {}, status: 200 });
  });

  it('passes NeedDetail=false through: no pods, no restart records', async () => {
    const job = await provider.getJob(restarted.jobId, { needDetail: false });
    expect(job?.pods).toEqual([]);
    expect(job).not.toHaveProperty('restartRecord');
    expect(job?.description).toBe(restarted.description === '' ? null : restarted.description);
    expect((await log('GetJob'))[0]?.query).toEqual({ NeedDetail: 'false' });
  });

  it('never carries the injected credentials or registry passwords the wire holds', async () => {
    const injected = rows.filter((row) =>
      JSON.stringify(toGetJobBody(row, dataset, 'R', true)).includes('FAKE-EMULATOR-STS-TOKEN'),
    );
    expect(injected.length).toBeGreaterThan(0);
    const jobs = [
      ...(
        await provider.listJobs(
          { jobIds: injected.slice(0, 20).map((row) => row.jobId) },
          { pageNumber: 1, pageSize: 20 },
        )
      ).items,
      await provider.getJob(injected[0]!.jobId),
    ];
    expect(jobs.some((job) => job?.credentialConfig?.enableCredentialInject === true)).toBe(true);
    const mapped = JSON.stringify(jobs);
    expect(mapped).not.toMatch(/FAKE-EMULATOR|\*{6}/);
    expect(mapped).not.toMatch(/"(password|auth|securityToken|accessKeyId)"/i);
  });

  it('answers null for an unknown id (one call) and for a blank id (no call)', async () => {
    expect(await provider.getJob('dlc-20990101000000-nosuchjob0000')).toBeNull();
    expect(await provider.getJob('  ')).toBeNull();
    expect((await log()).map((entry) => entry.status)).toEqual([404]);
  });

  it.each(['../x', 'a%2Fb', '../../api/v1/jobs', 'a/b?c=d&NeedDetail=false', '%2E%2E%2F'])(
    'keeps the id %s one encoded path segment',
    async (jobId) => {
      expect(await provider.getJob(jobId)).toBeNull();
      const entries = await log();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ operation: 'GetJob', status: 404, query: {} });
      expect(entries[0]?.path).toBe(`/api/v1/jobs/${encodeURIComponent(jobId)}`);
      expect(entries[0]?.path.split('/')).toHaveLength(5);
    },
  );
});

describe('PAI-DLC getJobsByIds', () => {
  it('answers N lookups with ONE ListJobs call, in key order, null for unknown ids', async () => {
    const known = [rows[7]!, rows[2]!, rows[40]!];
    const keys = [known[0]!.jobId, 'dlc-nope', known[1]!.jobId, known[0]!.jobId, known[2]!.jobId, '', 'a,b'];
    const result = await provider.getJobsByIds(keys);
    expect(result).toEqual([
      expectedJob(known[0]!),
      null,
      expectedJob(known[1]!),
      expectedJob(known[0]!),
      expectedJob(known[2]!),
      null,
      null,
    ]);
    const calls = await log('ListJobs');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query).toEqual({
      JobIds: [known[0]!.jobId, 'dlc-nope', known[1]!.jobId, known[2]!.jobId].join(','),
      PageNumber: '1',
      PageSize: '4',
      StartTime: WIDE_START,
    });
  });

  it('splits past 100 distinct ids (the page limit) into one call per 100', async () => {
    const keys = rows.slice(0, 230).map((row) => row.jobId);
    const result = await provider.getJobsByIds(keys);
    expect(result.map((job) => (job instanceof UpstreamError ? null : job?.jobId))).toEqual(keys);
    expect((await log('ListJobs')).map((entry) => entry.query.PageSize).sort()).toEqual(['100', '100', '30']);
  });

  it('costs nothing for no usable ids', async () => {
    expect(await provider.getJobsByIds(['', ' ', 'a,b'])).toEqual([null, null, null]);
    expect(await log()).toHaveLength(0);
  });
});

describe('PAI-DLC answers of the wrong shape', () => {
  let stub: StubUpstream;
  let stubProvider: PaiDlcProvider;

  beforeAll(async () => {
    stub = await startStubUpstream();
    stubProvider = PaiDlcUpstreamProvider.forInstance(emulatorAlibabaInstance(stub.url));
  });
  afterAll(() => stub.stop());
  beforeEach(() => stub.clear());

  const PAGE = { pageNumber: 2, pageSize: 5 };

  it.each([
    ['not an object', [1, 2]],
    [
      'Jobs that are not a list',
      { Jobs: 'x', TotalCount: 3, RequestId: '11111111-2222-4333-8444-555555555551' },
    ],
    ['a job without JobId', { Jobs: [{ DisplayName: 'x' }], TotalCount: 1 }],
    ['no Jobs although TotalCount says some', { TotalCount: 3 }],
  ])('ListJobs: %s → UPSTREAM_ERROR, not retried', async (_label, answer) => {
    stub.replyJson(answer);
    const error = await stubProvider.listJobs({}, PAGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', operation: 'ListJobs', retryable: false });
    expect(stub.requests.length).toBe(1);
  });

  it('carries the request id of a broken answer', async () => {
    stub.replyJson({ Jobs: 'x', RequestId: '11111111-2222-4333-8444-555555555551' });
    await expect(stubProvider.listJobs({}, PAGE)).rejects.toMatchObject({
      requestId: '11111111-2222-4333-8444-555555555551',
    });
  });

  it('an empty answer without its Jobs list is an empty page; a missing TotalCount is what the page proves', async () => {
    stub.replyJson({ TotalCount: 0, RequestId: 'REQ-2' });
    expect(await stubProvider.listJobs({}, PAGE)).toEqual({ items: [], totalCount: 0 });
    stub.replyJson({ Jobs: [{ JobId: 'dlc-a' }, { JobId: 'dlc-b' }] });
    expect((await stubProvider.listJobs({}, PAGE)).totalCount).toBe(7);
  });

  it('GetJob without a JobId → UPSTREAM_ERROR', async () => {
    stub.replyJson({ RequestId: '11111111-2222-4333-8444-555555555553', Status: 'Running' });
    await expect(stubProvider.getJob('dlc-a')).rejects.toMatchObject({
      code: 'UPSTREAM_ERROR',
      operation: 'GetJob',
      requestId: '11111111-2222-4333-8444-555555555553',
    });
  });
});
