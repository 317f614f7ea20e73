import type OpenApi from '@alicloud/openapi-core';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../src/emulators/alibaba/alibaba.gateway';
import { executionInstances } from '../../src/emulators/sae/instance-count.materialize';
import { toJobExecution, toJobTemplate } from '../../src/emulators/sae/sae.materialize';
import { createSaeDataset } from '../../src/emulators/sae/sae.dataset';
import { createSaeEmulator } from '../../src/emulators/sae/sae.emulator';
import type {
  DescribeJobHistoryResponseBodyData,
  DescribeJobHistoryResponseBodyDataJobs,
  ListJobsResponseBody,
  ListJobsResponseBodyDataApplications,
} from '../../src/emulators/sae/sae.wire';
import { startEmulatorServer, type RunningEmulator } from '../../src/emulators/shared/http-server';
import { callRoa, createRoaClient, jsonParam, roaOutcome, type RoaResult } from '../helpers/alibaba-client';
import { getRequestLog, resetEmulator } from '../helpers/emulator-hooks';
import { AlibabaSpecKeys, type SpecKeyRules } from '../helpers/alibaba-spec-keys';
import { describeAlibabaSignatureConformance } from '../helpers/alibaba-signature-conformance';
import { describeFaultKinds } from '../helpers/fault-contract';

const VERSION = '2019-05-06';
const options = {
  seed: 'sae-contract',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
/** The same world the emulator serves, built locally to know what each answer must hold. */
const dataset = createSaeDataset(options);
const templates = dataset.templates;
const expectedTemplates = templates.map(toJobTemplate);

type Query = Record<string, string | number | boolean | undefined>;

const SPEC = 'sae-2019-05-06';
/** Where one SAE response may differ from the field tables, field by field, and why. */
const NO_ERROR_CODE =
  'the ListJobs page: "Request successful: The ErrorCode field is not returned" (one envelope for all)';
const NOT_COMPLETED = 'absent until the execution completes';
const NO_MESSAGE = 'only an execution that failed or waits has a message';
const SPEC_RULES: SpecKeyRules = {
  conditional: {
    'ListJobsResponseBodyDataApplications.LastStartTime': 'a template that never ran has no last start',
    'ListJobsResponseBodyDataApplications.CompletionTime':
      'absent while the latest execution has not completed',
    'DescribeJobHistoryResponseBodyDataJobs.CompletionTime': NOT_COMPLETED,
    'DescribeJobStatusResponseBodyData.CompletionTime': NOT_COMPLETED,
    'DescribeJobHistoryResponseBodyDataJobs.Message': NO_MESSAGE,
    'DescribeJobStatusResponseBodyData.Message': NO_MESSAGE,
  },
  absent: {
    'ListJobsResponseBody.ErrorCode': NO_ERROR_CODE,
    'DescribeJobHistoryResponseBody.ErrorCode': NO_ERROR_CODE,
    'DescribeJobStatusResponseBody.ErrorCode': NO_ERROR_CODE,
  },
  unlisted: {
    // The doc sources disagree: the SDK's ListJobsResponseBody alone lacks TraceId, the other job
    // APIs' bodies have it. The emulator sends it in every envelope; the gateway reads it nowhere.
    'ListJobsResponseBody.TraceId': 'one envelope for every SAE answer, as the other job APIs document it',
  },
};
type Application = ListJobsResponseBodyDataApplications;
type Execution = DescribeJobHistoryResponseBodyDataJobs;
interface HistoryBody {
  Data: DescribeJobHistoryResponseBodyData;
  Success: boolean;
  TraceId: string;
}

let emulator: RunningEmulator;
let client: OpenApi;

const listJobs = (query: Query = {}, via: OpenApi = client): Promise<RoaResult> =>
  callRoa(via, {
    action: 'ListJobs',
    version: VERSION,
    method: 'GET',
    pathname: '/pop/v1/sam/job/listJobs',
    query: { Workload: 'job', ...query },
  });
const describeJobHistory = (query: Query, via: OpenApi = client): Promise<RoaResult> =>
  callRoa(via, {
    action: 'DescribeJobHistory',
    version: VERSION,
    method: 'GET',
    pathname: '/pop/v1/sam/job/describeJobHistory',
    query,
  });
const describeJobStatus = (query: Query): Promise<RoaResult> =>
  callRoa(client, {
    action: 'DescribeJobStatus',
    version: VERSION,
    method: 'GET',
    pathname: '/pop/v1/sam/job/describeJobStatus',
    query,
  });

const listBody = async (query: Query = {}): Promise<ListJobsResponseBody> =>
  (await listJobs(query)).body as ListJobsResponseBody;
const historyBody = async (query: Query): Promise<HistoryBody> =>
  (await describeJobHistory(query)).body as HistoryBody;

/** Pages through ListJobs and checks that TotalSize stays put and the last page is short. */
async function listAll(query: Query, pageSize: number): Promise<{ apps: Application[]; total: number }> {
  const apps: Application[] = [];
  let total = -1;
  for (let page = 1; ; page++) {
    const body = await listBody({ ...query, CurrentPage: page, PageSize: pageSize });
    if (total === -1) total = body.TotalSize;
    expect(body.TotalSize).toBe(total);
    expect(body.Data).toMatchObject({ CurrentPage: page, PageSize: pageSize, TotalSize: total });
    apps.push(...body.Data.Applications);
    if (body.Data.Applications.length < pageSize) break;
  }
  return { apps, total };
}

async function historyAll(
  appId: string,
  pageSize: number,
  state?: string,
): Promise<{ jobs: Execution[]; total: number }> {
  const jobs: Execution[] = [];
  let total = -1;
  for (let page = 1; ; page++) {
    const body = await historyBody({
      AppId: appId,
      CurrentPage: page,
      PageSize: pageSize,
      ...(state ? { State: state } : {}),
    });
    if (total === -1) total = body.Data.TotalSize ?? -1;
    expect(body.Data).toMatchObject({ CurrentPage: page, PageSize: pageSize, TotalSize: total });
    jobs.push(...body.Data.Jobs);
    if (body.Data.Jobs.length < pageSize) break;
  }
  return { jobs, total };
}

/** The failure of a call through the official runtime: status, code and the parsed body it carried. */
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

/** Checks a rejected call carries both the POP error fields and the SAE envelope fields. */
async function expectSaeError(
  call: Promise<unknown>,
  status: number,
  code: string,
): Promise<Record<string, unknown>> {
  const error = await failure(call);
  expect(error).toMatchObject({ statusCode: status, code });
  expect(error.data).toMatchObject({
    Code: code,
    ErrorCode: code,
    Success: false,
    HostId: 'sae.cn-hangzhou.aliyuncs.com',
  });
  expect(error.data).toEqual(
    expect.objectContaining({
      RequestId: expect.any(String),
      Message: expect.any(String),
      Recommend: expect.any(String),
      TraceId: expect.any(String),
    }),
  );
  return error.data;
}

const ids = (apps: readonly { AppId: string }[]) => apps.map((app) => app.AppId);
const expectedIds = (predicate: (app: Application, index: number) => boolean) =>
  expectedTemplates.filter(predicate).map((app) => app.AppId);

beforeAll(async () => {
  emulator = await startEmulatorServer(createSaeEmulator(options), { port: 0 });
  client = createRoaClient({ url: emulator.url });
});

afterAll(async () => {
  await emulator.stop();
});

describe('SAE ListJobs', () => {
  it('answers in the SAE envelope, repeating the paging numbers at the top level', async () => {
    const { body, statusCode } = await listJobs({ CurrentPage: 1, PageSize: 5 });
    expect(statusCode).toBe(200);
    const list = body as ListJobsResponseBody & Record<string, unknown>;
    expect(list).toMatchObject({
      Code: '200',
      Message: 'success',
      Success: true,
      CurrentPage: 1,
      PageSize: 5,
      TotalSize: templates.length,
    });
    expect(list.Data).toMatchObject({ CurrentPage: 1, PageSize: 5, TotalSize: templates.length });
    expect(list.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(list.TraceId).toMatch(/^[0-9a-f]{30}$/);
    expect(list).not.toHaveProperty('ErrorCode');
    expect(list.Data.Applications).toEqual(expectedTemplates.slice(0, 5));
  });

  it('returns every documented template field, with epoch-second times', async () => {
    const body = await listBody({ PageSize: 200 });
    const fields = [
      'AppId',
      'AppName',
      'AppDescription',
      'NamespaceId',
      'RegionId',
      'Tags',
      'TriggerConfig',
      'Suspend',
      'Active',
      'Succeeded',
      'Failed',
      'LastStartTime',
      'CompletionTime',
      'LastChangeorderState',
      'LastJobState',
      'Cpu',
      'Mem',
      'Message',
      'ImageUrl',
    ];
    const seen = new Set(body.Data.Applications.flatMap((app) => Object.keys(app)));
    expect([...seen].sort()).toEqual([...fields].sort());
    for (const app of body.Data.Applications) {
      expect(JSON.parse(app.TriggerConfig ?? '')).toHaveProperty('type');
      for (const tag of app.Tags ?? []) expect(Object.keys(tag).sort()).toEqual(['Key', 'Value']);
      if (app.LastStartTime !== undefined) {
        expect(app.LastStartTime).toBeLessThanOrEqual(options.referenceTime / 1000);
        expect(app.LastStartTime).toBeGreaterThan(options.referenceTime / 1000 - 31 * 86400);
      }
    }
  });

  it.each([1, 7, 20, 200])(
    'pages with PageSize %i: no gap, no duplicate, TotalSize right',
    async (pageSize) => {
      const { apps, total } = await listAll({}, pageSize);
      expect(total).toBe(templates.length);
      expect(ids(apps)).toEqual(ids(expectedTemplates));
    },
  );

  it('answers PageSize 0 with the count only, and past the end with an empty page', async () => {
    const empty = await listBody({ PageSize: 0 });
    expect(empty.Data.Applications).toEqual([]);
    expect(empty.TotalSize).toBe(templates.length);
    const beyond = await listBody({ PageSize: 50, CurrentPage: 3 });
    expect(beyond.Data.Applications).toEqual([]);
    expect(beyond.Data.TotalSize).toBe(templates.length);
  });

  it('defaults to page 1 of 20 and accepts a call without Workload', async () => {
    const body = (
      await callRoa(client, {
        action: 'ListJobs',
        version: VERSION,
        method: 'GET',
        pathname: '/pop/v1/sam/job/listJobs',
      })
    ).body as ListJobsResponseBody;
    expect(body).toMatchObject({ CurrentPage: 1, PageSize: 20, TotalSize: templates.length });
    expect(ids(body.Data.Applications)).toEqual(ids(expectedTemplates.slice(0, 20)));
  });

  it('filters AppName fuzzily, ignoring case', async () => {
    for (const fragment of ['etl', 'SYNC', 'order-']) {
      const { apps, total } = await listAll({ AppName: fragment }, 20);
      const expected = expectedIds((app) => (app.AppName ?? '').includes(fragment.toLowerCase()));
      expect(expected.length).toBeGreaterThan(0);
      expect(total).toBe(expected.length);
      expect(ids(apps)).toEqual(expected);
    }
    expect((await listBody({ AppName: 'no-such-template-anywhere' })).TotalSize).toBe(0);
  });

  it('filters by NamespaceId, including a namespace with no templates', async () => {
    const namespaces = [...new Set(templates.map((row) => row.namespaceId))];
    expect(namespaces.length).toBeGreaterThanOrEqual(4);
    for (const namespaceId of namespaces) {
      const { apps } = await listAll({ NamespaceId: namespaceId }, 50);
      expect(ids(apps)).toEqual(expectedIds((app) => app.NamespaceId === namespaceId));
    }
    const sandbox = await listBody({ NamespaceId: 'cn-zhangjiakou:sandbox' });
    expect(sandbox).toMatchObject({ Success: true, TotalSize: 0 });
  });

  it('answers an unknown NamespaceId with 404 InvalidNamespaceId.NotFound', async () => {
    await expectSaeError(listJobs({ NamespaceId: 'cn-hangzhou:nope' }), 404, 'InvalidNamespaceId.NotFound');
  });

  it('filters by Tags (all must match; a key alone matches any value)', async () => {
    const hasTag = (app: Application, key: string, value?: string) =>
      (app.Tags ?? []).some((tag) => tag.Key === key && (value === undefined || tag.Value === value));
    const cases: { tags: { key: string; value?: string }[]; match: (app: Application) => boolean }[] = [
      { tags: [{ key: 'env', value: 'prod' }], match: (app) => hasTag(app, 'env', 'prod') },
      {
        tags: [
          { key: 'env', value: 'prod' },
          { key: 'team', value: 'ml' },
        ],
        match: (app) => hasTag(app, 'env', 'prod') && hasTag(app, 'team', 'ml'),
      },
      { tags: [{ key: 'owner' }], match: (app) => hasTag(app, 'owner') },
      { tags: [], match: () => true },
    ];
    for (const { tags, match } of cases) {
      const { apps } = await listAll({ Tags: JSON.stringify(tags) }, 100);
      expect(ids(apps)).toEqual(expectedIds(match));
    }
    expect(expectedIds((app) => hasTag(app, 'env', 'prod')).length).toBeGreaterThan(0);
  });

  it('filters by FieldType=appName', async () => {
    const { apps } = await listAll({ FieldType: 'appName', FieldValue: 'report' }, 100);
    expect(ids(apps)).toEqual(expectedIds((app) => (app.AppName ?? '').includes('report')));
  });

  it('reads an appIds FieldValue as one value by default (strict, as documented): one exact AppId', async () => {
    const wanted = templates[40]?.appId ?? '';
    const one = await listBody({ FieldType: 'appIds', FieldValue: wanted, PageSize: 200 });
    expect(one.Data.Applications).toEqual([expectedTemplates[40]]);
    expect(one.TotalSize).toBe(1);
    const padded = await listBody({ FieldType: 'appIds', FieldValue: ` ${wanted} `, PageSize: 200 });
    expect(ids(padded.Data.Applications)).toEqual([wanted]);
    // A fragment of an id is no id, unlike a fragment of a name under FieldType=appName.
    const fragment = await listBody({ FieldType: 'appIds', FieldValue: wanted.slice(0, 8), PageSize: 200 });
    expect(fragment.TotalSize).toBe(0);
    // Comma-joined ids are one literal value that no template has.
    const joined = [templates[3], templates[40]].map((row) => row?.appId ?? '').join(',');
    const batch = await listBody({ FieldType: 'appIds', FieldValue: joined, PageSize: 200 });
    expect(batch.Data.Applications).toEqual([]);
    expect(batch.TotalSize).toBe(0);
  });

  it('combines one appId with the other filters', async () => {
    const row = templates[5];
    const appId = row?.appId ?? '';
    const inOwn = await listBody({
      FieldType: 'appIds',
      FieldValue: appId,
      NamespaceId: row?.namespaceId ?? '',
    });
    expect(ids(inOwn.Data.Applications)).toEqual([appId]);
    const other =
      templates.find((candidate) => candidate.namespaceId !== row?.namespaceId)?.namespaceId ?? '';
    const inOther = await listBody({ FieldType: 'appIds', FieldValue: appId, NamespaceId: other });
    expect(inOther.TotalSize).toBe(0);
  });

  describe('with fieldValue comma-list (opt-in)', () => {
    let commaList: RunningEmulator;
    let viaCommaList: OpenApi;
    const commaBody = async (query: Query): Promise<ListJobsResponseBody> =>
      (await listJobs(query, viaCommaList)).body as ListJobsResponseBody;

    beforeAll(async () => {
      commaList = await startEmulatorServer(createSaeEmulator({ ...options, fieldValue: 'comma-list' }), {
        port: 0,
      });
      viaCommaList = createRoaClient({ url: commaList.url });
    });
    afterAll(() => commaList.stop());

    it('looks up several templates at once, in one call', async () => {
      await resetEmulator(commaList.url);
      const wanted = [templates[3], templates[40], templates[79], templates[11]].map(
        (row) => row?.appId ?? '',
      );
      const body = await commaBody({
        FieldType: 'appIds',
        FieldValue: [...wanted, 'f7730764-0000-4000-8000-000000000000'].join(','),
        PageSize: 200,
      });
      expect(body.TotalSize).toBe(4);
      // Listing order, whatever the order of the ids asked for.
      expect(ids(body.Data.Applications)).toEqual(expectedIds((app) => wanted.includes(app.AppId)));
      expect(body.Data.Applications[0]).toEqual(expectedTemplates[3]);
      expect(await getRequestLog(commaList.url, 'ListJobs')).toHaveLength(1);
    });

    it('combines appIds with the other filters', async () => {
      const wanted = templates.slice(0, 30).map((row) => row.appId);
      const namespaceId = templates[0]?.namespaceId ?? '';
      const body = await commaBody({
        FieldType: 'appIds',
        FieldValue: wanted.join(','),
        NamespaceId: namespaceId,
        PageSize: 200,
      });
      expect(ids(body.Data.Applications)).toEqual(
        expectedIds((app, i) => i < 30 && app.NamespaceId === namespaceId),
      );
    });
  });

  it.each([
    ['running', false],
    ['running', true],
    ['instances', false],
    ['instances', true],
  ] as const)('orders by %s (Reverse=%s) across pages', async (orderBy, reverse) => {
    const { apps } = await listAll({ OrderBy: orderBy, Reverse: reverse }, 15);
    const key = (appId: string): number => {
      const index = templates.findIndex((row) => row.appId === appId);
      const row = templates[index];
      if (!row) throw new Error(appId);
      return orderBy === 'running' ? executionInstances(row, 0).Active : row.replicas;
    };
    const expected = [...templates.keys()]
      .sort((a, b) => {
        const ka = key(templates[a]?.appId ?? '');
        const kb = key(templates[b]?.appId ?? '');
        return (reverse ? ka - kb : kb - ka) || a - b;
      })
      .map((index) => templates[index]?.appId);
    expect(ids(apps)).toEqual(expected);
    // The order is not the default one: something sorts differently.
    expect(ids(apps)).not.toEqual(ids(expectedTemplates));
    if (orderBy === 'running') {
      const active = apps.map((app) => app.Active ?? 0);
      expect(active).toEqual([...active].sort((a, b) => (reverse ? a - b : b - a)));
    }
  });

  it('ignores Reverse without OrderBy, and combines OrderBy with filters', async () => {
    expect(ids((await listBody({ Reverse: true, PageSize: 200 })).Data.Applications)).toEqual(
      ids(expectedTemplates),
    );
    const filtered = await listAll({ OrderBy: 'running', AppName: 'e' }, 10);
    const active = filtered.apps.map((app) => app.Active ?? 0);
    expect(active).toEqual([...active].sort((a, b) => b - a));
    expect(filtered.total).toBe(expectedIds((app) => (app.AppName ?? '').includes('e')).length);
  });

  it.each([
    [{ PageSize: 201 }, 'PageSize'],
    [{ PageSize: -1 }, 'PageSize'],
    [{ PageSize: 'ten' }, 'PageSize'],
    [{ CurrentPage: 0 }, 'CurrentPage'],
    [{ CurrentPage: 'x' }, 'CurrentPage'],
    [{ CurrentPage: 1.5 }, 'CurrentPage'],
    [{ Tags: '[{"key":' }, 'Tags'],
    [{ Tags: '{"key":"env","value":"prod"}' }, 'Tags'],
    [{ Tags: '[{"value":"prod"}]' }, 'Tags'],
    [{ Tags: '[{"key":"env","value":3}]' }, 'Tags'],
    [{ OrderBy: 'name' }, 'OrderBy'],
    [{ Reverse: 'sometimes' }, 'Reverse'],
    [{ FieldType: 'slbIps', FieldValue: '1.2.3.4' }, 'FieldType'],
    [{ Workload: 'web' }, 'Workload'],
  ] as const)('rejects %j with 400 InvalidParameter.Obviously', async (query, name) => {
    const data = await expectSaeError(listJobs(query), 400, 'InvalidParameter.Obviously');
    expect(data.Message).toContain(name);
  });
});

describe('SAE DescribeJobHistory', () => {
  const byHistory = [...templates].sort((a, b) => b.history.count - a.history.count);
  const busiest = byHistory[0];
  const medium = byHistory.find((row) => row.history.count > 20 && row.history.count < 60);
  const idle = templates.find((row) => row.history.count === 0);
  if (!busiest || !medium || !idle)
    throw new Error('the contract dataset lacks a busy, a medium or an idle template');

  it('answers in the SAE envelope', async () => {
    const { body } = await describeJobHistory({ AppId: medium.appId, PageSize: 5 });
    expect(body).toMatchObject({
      Code: '200',
      Message: 'success',
      Success: true,
      Data: { CurrentPage: 1, PageSize: 5, TotalSize: medium.history.count },
    });
    expect(body).not.toHaveProperty('ErrorCode');
    expect((body as HistoryBody).TraceId).toMatch(/^[0-9a-f]{30}$/);
    expect((body as HistoryBody).Data.Jobs).toEqual([0, 1, 2, 3, 4].map((p) => toJobExecution(medium, p)));
  });

  it.each([13, 50, 10000])('pages the busiest template with PageSize %i, newest first', async (pageSize) => {
    expect(busiest.history.count).toBeGreaterThan(100);
    const { jobs, total } = await historyAll(busiest.appId, pageSize);
    expect(total).toBe(busiest.history.count);
    const jobIds = jobs.map((job) => job.JobId);
    expect(new Set(jobIds).size).toBe(total);
    expect(jobs).toEqual(Array.from({ length: total }, (_, p) => toJobExecution(busiest, p)));
    const starts = jobs.map((job) => job.StartTime ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('pages with PageSize 1', async () => {
    const { jobs, total } = await historyAll(medium.appId, 1);
    expect(total).toBe(medium.history.count);
    expect(jobs.map((job) => job.JobId)).toEqual(
      Array.from({ length: total }, (_, p) => toJobExecution(medium, p).JobId),
    );
  });

  it('filters by State; the states partition the history', async () => {
    let sum = 0;
    for (const state of ['0', '1', '2', '3']) {
      const { jobs, total } = await historyAll(busiest.appId, 40, state);
      expect(jobs.every((job) => job.State === state)).toBe(true);
      expect(jobs.length).toBe(total);
      sum += total;
    }
    expect(sum).toBe(busiest.history.count);
    const failed = await historyAll(busiest.appId, 40, '2');
    expect(failed.jobs.every((job) => job.CompletionTime !== undefined && (job.Failed ?? 0) > 0)).toBe(true);
  });

  it('agrees with the template counters ListJobs reports', async () => {
    const body = await listBody({
      FieldType: 'appIds',
      FieldValue: templates
        .slice(0, 25)
        .map((row) => row.appId)
        .join(','),
      PageSize: 25,
    });
    for (const app of body.Data.Applications) {
      const latest = (await historyBody({ AppId: app.AppId, PageSize: 1 })).Data.Jobs[0];
      if (!latest) {
        expect(app).toMatchObject({ LastJobState: '0', Active: 0, Succeeded: 0, Failed: 0 });
        continue;
      }
      expect(app).toMatchObject({
        LastJobState: latest.State,
        LastStartTime: latest.StartTime,
        Active: latest.Active,
        Succeeded: latest.Succeeded,
        Failed: latest.Failed,
      });
      expect(app.CompletionTime).toBe(latest.CompletionTime);
    }
  });

  it('answers a template that never ran with an empty list', async () => {
    expect((await historyBody({ AppId: idle.appId })).Data).toEqual({
      Jobs: [],
      CurrentPage: 1,
      PageSize: 20,
      TotalSize: 0,
    });
  });

  it('requires AppId: 400 InvalidParameter.NotEmpty', async () => {
    const data = await expectSaeError(describeJobHistory({}), 400, 'InvalidParameter.NotEmpty');
    expect(data.Message).toBe('You must specify the parameter AppId.');
  });

  it('answers an unknown AppId with 404 InvalidAppId.NotFound', async () => {
    const data = await expectSaeError(
      describeJobHistory({ AppId: 'f7730764-d88f-4b9a-8d8e-cd8efbfe0000' }),
      404,
      'InvalidAppId.NotFound',
    );
    expect(data.Message).toBe('The specified AppId does not exist.');
  });

  it.each([
    [{ State: '4' }, 'State'],
    [{ PageSize: 10001 }, 'PageSize'],
    [{ CurrentPage: 0 }, 'CurrentPage'],
  ] as const)('rejects %j with 400 InvalidParameter.Obviously', async (query, name) => {
    const data = await expectSaeError(
      describeJobHistory({ AppId: medium.appId, ...query }),
      400,
      'InvalidParameter.Obviously',
    );
    expect(data.Message).toContain(name);
  });
});

describe('SAE DescribeJobStatus', () => {
  it('returns the execution DescribeJobHistory lists', async () => {
    const row = templates.find((r) => r.history.count > 5);
    if (!row) throw new Error('no template with history');
    for (const position of [0, 3, row.history.count - 1]) {
      const expected = toJobExecution(row, position);
      const { body } = await describeJobStatus({ AppId: row.appId, JobId: expected.JobId });
      expect(body).toMatchObject({ Code: '200', Success: true, Data: expected });
    }
  });

  it('answers unknown or missing ids with SAE errors', async () => {
    const appId = templates[0]?.appId ?? '';
    await expectSaeError(
      describeJobStatus({ AppId: appId, JobId: 'manual-00000000-0000-4000-8000-000000000000' }),
      404,
      'InvalidJobId.NotFound',
    );
    await expectSaeError(describeJobStatus({ AppId: appId }), 400, 'InvalidParameter.NotEmpty');
    await expectSaeError(describeJobStatus({ AppId: 'nope', JobId: 'x' }), 404, 'InvalidAppId.NotFound');
  });
});

describe('SAE response keys against the spec field tables', () => {
  it('ListJobs: every template of every page', async () => {
    const spec = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    for (let page = 1; page <= Math.ceil(templates.length / 200); page++)
      spec.check('ListJobsResponseBody', (await listJobs({ CurrentPage: page, PageSize: 200 })).body);
    expect(spec.problems()).toEqual([]);
  });

  it('DescribeJobHistory and DescribeJobStatus: every execution of every template', async () => {
    const history = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    const status = new AlibabaSpecKeys(SPEC, SPEC_RULES);
    for (const template of expectedTemplates) {
      const { body } = await describeJobHistory({ AppId: template.AppId, PageSize: 10000 });
      history.check('DescribeJobHistoryResponseBody', body);
      for (const job of (body as HistoryBody).Data.Jobs.slice(0, 3))
        status.check(
          'DescribeJobStatusResponseBody',
          (await describeJobStatus({ AppId: template.AppId, JobId: job.JobId })).body,
        );
    }
    expect(history.problems()).toEqual([]);
    expect(status.problems()).toEqual([]);
  });
});

describeAlibabaSignatureConformance({
  name: 'SAE',
  url: () => emulator.url,
  version: VERSION,
  list: {
    action: 'ListJobs',
    pathname: '/pop/v1/sam/job/listJobs',
    query: { Workload: 'job', PageSize: '1' },
  },
  otherAction: 'DescribeJobHistory',
  expectError: expectSaeError,
  rawErrorBody: (code) => ({ ErrorCode: code, Success: false }),
  expectListBody: (body) => expect(body).toMatchObject({ Success: true, TotalSize: templates.length }),
  legacyCalls: async (legacy) => {
    const tags = jsonParam([{ key: 'env', value: 'prod' }], 'Tags');
    const body = (await listJobs({ Tags: tags, AppName: 'e', PageSize: 3 }, legacy))
      .body as ListJobsResponseBody;
    expect(body.Success).toBe(true);
    const appId = templates[0]?.appId ?? '';
    const history = (await describeJobHistory({ AppId: appId, PageSize: 2 }, legacy)).body as HistoryBody;
    expect(history.Data.TotalSize).toBe(templates[0]?.history.count);
  },
});

describe('SAE determinism', () => {
  it('serves the same data for the same seed, and other data for another seed', async () => {
    const twin = await startEmulatorServer(createSaeEmulator(options), { port: 0 });
    const other = await startEmulatorServer(createSaeEmulator({ ...options, seed: 'another-seed' }), {
      port: 0,
    });
    try {
      const page = async (url: string) => {
        const body = (await listJobs({ PageSize: 200 }, createRoaClient({ url })))
          .body as ListJobsResponseBody;
        return body.Data;
      };
      expect(await page(twin.url)).toEqual(await page(emulator.url));
      expect(ids((await page(other.url)).Applications)).not.toEqual(ids(expectedTemplates));
    } finally {
      await twin.stop();
      await other.stop();
    }
  });
});

describeFaultKinds('SAE ListJobs', {
  url: () => emulator.url,
  operation: 'ListJobs',
  call: () => roaOutcome(listJobs({ PageSize: 5 })),
  otherOperation: {
    name: 'DescribeJobHistory',
    call: () => roaOutcome(describeJobHistory({ AppId: templates[0]?.appId ?? '', PageSize: 5 })),
  },
});
