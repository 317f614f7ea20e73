import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba.gateway';
import { toJobExecution, toJobTemplate } from '../../../src/emulators/sae/sae.materialize';
import { createSaeDataset } from '../../../src/emulators/sae/sae.dataset';
import { createSaeEmulator } from '../../../src/emulators/sae/sae.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { toSaeJobExecution, toSaeJobTemplate } from '../../../src/providers/sae/sae.mapper';
import { SaeUpstreamProvider, type SaeProvider } from '../../../src/providers/sae/sae.provider';
import { getRequestLog, resetEmulator } from '../../helpers/emulator-hooks';
import { TEST_RESILIENCE, emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { startStubUpstream, type StubUpstream } from '../../helpers/stub-upstream';

const options = {
  seed: 'sae-provider',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
/** The world the emulator serves, built locally to know what each answer must hold. */
const templates = createSaeDataset(options).templates;
const expectedTemplate = (index: number) => toSaeJobTemplate(toJobTemplate(templates[index]!), 'test');
const busiest = [...templates].sort((a, b) => b.history.count - a.history.count)[0]!;

let emulator: RunningEmulator;
let provider: SaeProvider;

beforeAll(async () => {
  emulator = await startEmulatorServer(createSaeEmulator(options), { port: 0 });
  provider = SaeUpstreamProvider.forInstance(emulatorAlibabaInstance(emulator.url));
});
afterAll(() => emulator.stop());
beforeEach(() => resetEmulator(emulator.url));

const log = (operation?: string) => getRequestLog(emulator.url, operation);

describe('SAE listJobTemplates', () => {
  it('maps a page of ListJobs, always sending Workload=job', async () => {
    const page = await provider.listJobTemplates({}, { currentPage: 2, pageSize: 5 });
    expect(page.totalCount).toBe(templates.length);
    expect(page.items).toEqual([5, 6, 7, 8, 9].map(expectedTemplate));
    const [entry] = await log('ListJobs');
    expect(entry?.query).toEqual({ CurrentPage: '2', PageSize: '5', Workload: 'job' });
  });

  it('passes AppName, NamespaceId and FieldType=appName through', async () => {
    const page = await provider.listJobTemplates(
      { appName: 'order', namespaceId: 'cn-hangzhou:prod', field: { type: 'appName', value: 'sync' } },
      { currentPage: 1, pageSize: 200 },
    );
    const wanted = templates.filter(
      (t) =>
        t.namespaceId === 'cn-hangzhou:prod' &&
        t.appNameLower.includes('order') &&
        t.appNameLower.includes('sync'),
    );
    expect(page.items.map((t) => t.appId)).toEqual(wanted.map((t) => t.appId));
    expect((await log('ListJobs'))[0]?.query).toMatchObject({
      AppName: 'order',
      NamespaceId: 'cn-hangzhou:prod',
      FieldType: 'appName',
      FieldValue: 'sync',
    });
  });

  it('sends Tags as one JSON string and every returned template carries the tags', async () => {
    const tags = [{ key: 'env', value: 'prod' }, { key: 'team' }];
    const page = await provider.listJobTemplates({ tags }, { currentPage: 1, pageSize: 200 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const template of page.items) {
      expect(template.tags).toContainEqual({ key: 'env', value: 'prod' });
      expect(template.tags.map((tag) => tag.key)).toContain('team');
    }
    expect((await log('ListJobs'))[0]?.query.Tags).toBe('[{"key":"env","value":"prod"},{"key":"team"}]');
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
  ] as const)('maps orderBy/ascending=%s to OrderBy/Reverse=%s', async (ascending, wire) => {
    const page = await provider.listJobTemplates(
      { orderBy: 'running', ascending },
      { currentPage: 1, pageSize: 200 },
    );
    const active = page.items.map((t) => t.active ?? 0);
    expect(active).toEqual([...active].sort((a, b) => (ascending ? a - b : b - a)));
    expect((await log('ListJobs'))[0]?.query).toMatchObject({ OrderBy: 'running', Reverse: wire });
  });

  it('filters by FieldType=appIds one id per call (FieldValue is one value), in the order of the ids; an empty id set costs no call', async () => {
    const row = templates[3]!;
    const ids = [row.appId, templates[0]!.appId, 'no-such-app', row.appId];
    const page = await provider.listJobTemplates(
      { namespaceId: row.namespaceId, field: { type: 'appIds', value: ids } },
      { currentPage: 1, pageSize: 10 },
    );
    const inNamespace = [row, templates[0]!].filter((t) => t.namespaceId === row.namespaceId);
    expect(page).toEqual({
      items: inNamespace.map((t) => expectedTemplate(templates.indexOf(t))),
      totalCount: inNamespace.length,
    });
    const calls = await log('ListJobs');
    expect(calls.map((call) => call.query)).toEqual(
      [row.appId, templates[0]!.appId, 'no-such-app'].map((id) => ({
        FieldType: 'appIds',
        FieldValue: id,
        NamespaceId: row.namespaceId,
        CurrentPage: '1',
        PageSize: '1',
        Workload: 'job',
      })),
    );
    await resetEmulator(emulator.url);
    await expect(
      provider.listJobTemplates({ field: { type: 'appIds', value: [] } }, { currentPage: 1, pageSize: 10 }),
    ).resolves.toEqual({
      items: [],
      totalCount: 0,
    });
    expect(await log('ListJobs')).toHaveLength(0);
  });

  it('refuses pages and ids the upstream would refuse, without a call', async () => {
    const page = { currentPage: 1, pageSize: 10 };
    await expect(provider.listJobTemplates({}, { currentPage: 0, pageSize: 10 })).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(provider.listJobTemplates({}, { currentPage: 1, pageSize: 201 })).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(
      provider.listJobTemplates({ field: { type: 'appIds', value: ['a,b'] } }, page),
    ).rejects.toBeInstanceOf(BadUserInputError);
    expect(await log()).toHaveLength(0);
  });

  it('turns an unknown namespace into a typed NOT_FOUND, not retried', async () => {
    const error = await provider
      .listJobTemplates({ namespaceId: 'cn-nowhere:x' }, { currentPage: 1, pageSize: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'InvalidNamespaceId.NotFound',
      provider: 'SAE',
      operation: 'ListJobs',
    });
    expect((error as UpstreamError).requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(await log('ListJobs')).toHaveLength(1);
  });
});

describe('SAE getJobTemplatesByIds', () => {
  const known = [templates[7]!, templates[2]!, templates[40]!, templates[11]!];
  const keys = [
    known[0]!.appId,
    'no-such-app',
    known[1]!.appId,
    known[2]!.appId,
    known[0]!.appId,
    known[3]!.appId,
    '',
  ];
  const expected = [
    expectedTemplate(7),
    null,
    expectedTemplate(2),
    expectedTemplate(40),
    expectedTemplate(7),
    expectedTemplate(11),
    null,
  ];
  const distinct = [known[0]!.appId, 'no-such-app', known[1]!.appId, known[2]!.appId, known[3]!.appId];

  it('by default looks each distinct id up in its own ListJobs, answering in key order, null for unknown ids', async () => {
    expect(await provider.getJobTemplatesByIds(keys)).toEqual(expected);
    const calls = await log('ListJobs');
    expect(calls.map((call) => call.query.FieldValue).sort()).toEqual([...distinct].sort());
    for (const call of calls)
      expect(call.query).toMatchObject({
        FieldType: 'appIds',
        Workload: 'job',
        CurrentPage: '1',
        PageSize: '1',
      });
  });

  it('costs nothing for no usable ids', async () => {
    expect(await provider.getJobTemplatesByIds(['', 'a,b'])).toEqual([null, null]);
    expect(await log()).toHaveLength(0);
  });

  describe('batching (batchAppIdLookups)', () => {
    let commaList: RunningEmulator;
    const logOf = (url: string) => getRequestLog(url, 'ListJobs');
    const batching = (url: string, lines: [string, string | undefined][] = []) =>
      SaeUpstreamProvider.forInstance(
        { ...emulatorAlibabaInstance(url), batchAppIdLookups: true },
        { log: (line, level) => void lines.push([line, level]) },
      );

    beforeAll(async () => {
      commaList = await startEmulatorServer(createSaeEmulator({ ...options, fieldValue: 'comma-list' }), {
        port: 0,
      });
    });
    afterAll(() => commaList.stop());
    beforeEach(() => resetEmulator(commaList.url));

    it('against a comma-list SAE: N lookups in ONE ListJobs, plus one call for the id its answer lacked', async () => {
      const lines: [string, string | undefined][] = [];
      expect(await batching(commaList.url, lines).getJobTemplatesByIds(keys)).toEqual(expected);
      const calls = await logOf(commaList.url);
      expect(calls.map((call) => call.query.FieldValue)).toEqual([distinct.join(','), 'no-such-app']);
      expect(calls[0]?.query).toMatchObject({ FieldType: 'appIds', CurrentPage: '1', PageSize: '5' });
      expect(lines).toEqual([[expect.stringContaining('lacked 1 of them'), 'debug']]);
    });

    it('against a strict SAE (the documented one value): the empty batch falls back to one call per id, same answers', async () => {
      const lines: [string, string | undefined][] = [];
      expect(await batching(emulator.url, lines).getJobTemplatesByIds(keys)).toEqual(expected);
      const calls = await log('ListJobs');
      expect(calls[0]?.query.FieldValue).toBe(distinct.join(','));
      expect(
        calls
          .slice(1)
          .map((call) => call.query.FieldValue)
          .sort(),
      ).toEqual([...distinct].sort());
      expect(lines).toEqual([
        [
          'SAE ListJobs (FieldType=appIds, 5 ids batched) lacked 5 of them; looking those up one id per call instance=test request=-',
          'debug',
        ],
      ]);
    });

    it('splits past 200 distinct ids (the ListJobs page limit) into one call per 200', async () => {
      const many = [
        ...templates.map((t) => t.appId),
        ...Array.from({ length: 150 }, (_, i) => `missing-${i}`),
      ];
      const result = await batching(commaList.url).getJobTemplatesByIds(many);
      expect(
        result.slice(0, templates.length).map((t) => (t instanceof UpstreamError ? null : t?.appId)),
      ).toEqual(templates.map((t) => t.appId));
      expect(result.slice(templates.length).every((slot) => slot === null)).toBe(true);
      const calls = await logOf(commaList.url);
      // Two batches, then each of the 150 missing ids alone: the batches cannot tell "none" from "not read".
      expect(calls.slice(0, 2).map((entry) => entry.query.PageSize)).toEqual(['200', '30']);
      expect(calls).toHaveLength(2 + 150);
    });
  });
});

describe('SAE executions', () => {
  it('lists a template’s executions with its name, page by page', async () => {
    const ref = { appId: busiest.appId, appName: busiest.appName };
    const page = await provider.listJobExecutions(ref, {}, { currentPage: 2, pageSize: 3 });
    expect(page.totalCount).toBe(busiest.history.count);
    expect(page.items).toEqual(
      [3, 4, 5].map((p) => toSaeJobExecution(toJobExecution(busiest, p), ref, 'test')),
    );
    expect(page.items.every((e) => e.name === busiest.appName && e.appId === busiest.appId)).toBe(true);
    expect((await log('DescribeJobHistory'))[0]?.query).toEqual({
      AppId: busiest.appId,
      CurrentPage: '2',
      PageSize: '3',
    });
  });

  it.each([
    ['1', 'SUCCEEDED'],
    ['2', 'FAILED'],
  ] as const)('filters by State=%s (%s)', async (state, status) => {
    const page = await provider.listJobExecutions(busiest.appId, { state }, { currentPage: 1, pageSize: 50 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(
      page.items.every((e) => e.status === status && e.providerStatus === state && e.name === e.jobId),
    ).toBe(true);
    expect((await log('DescribeJobHistory'))[0]?.query.State).toBe(state);
  });

  it('gets one execution, and null for an unknown JobId or AppId', async () => {
    const wire = toJobExecution(busiest, 1);
    const execution = await provider.getJobExecution(
      { appId: busiest.appId, appName: busiest.appName },
      wire.JobId,
    );
    expect(execution).toEqual(
      toSaeJobExecution(wire, { appId: busiest.appId, appName: busiest.appName }, 'test'),
    );
    expect(await provider.getJobExecution(busiest.appId, 'manual-nope')).toBeNull();
    expect(await provider.getJobExecution('no-such-app', wire.JobId)).toBeNull();
    expect((await log('DescribeJobStatus')).map((entry) => entry.status)).toEqual([200, 404, 404]);
  });

  it('an unknown AppId in a listing is a typed NOT_FOUND; a bad state is refused locally', async () => {
    await expect(
      provider.listJobExecutions('no-such-app', {}, { currentPage: 1, pageSize: 5 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'InvalidAppId.NotFound',
    });
    await expect(
      provider.listJobExecutions(busiest.appId, { state: '9' as '0' }, { currentPage: 1, pageSize: 5 }),
    ).rejects.toBeInstanceOf(BadUserInputError);
    expect(await log()).toHaveLength(1);
  });

  it.each(['../x', 'a%2Fb', '../../pop/v1/sam/job/listJobs', 'a/b?c=d&AppId=x'])(
    'keeps the id %s one query value; the path never changes',
    async (appId) => {
      await expect(
        provider.listJobExecutions(appId, {}, { currentPage: 1, pageSize: 5 }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await provider.getJobExecution(appId, appId)).toBeNull();
      const entries = await log();
      expect(entries.map((e) => e.path)).toEqual([
        '/pop/v1/sam/job/describeJobHistory',
        '/pop/v1/sam/job/describeJobStatus',
      ]);
      expect(entries.map((e) => e.query.AppId)).toEqual([appId, appId]);
      expect(entries[1]?.query.JobId).toBe(appId);
    },
  );
});

describe('SAE envelope: HTTP 200 with Success:false', () => {
  let stub: StubUpstream;
  let stubProvider: SaeProvider;

  beforeAll(async () => {
    stub = await startStubUpstream();
    stubProvider = SaeUpstreamProvider.forInstance(emulatorAlibabaInstance(stub.url));
  });
  afterAll(() => stub.stop());

  const envelope = (extra: Record<string, unknown>) => ({
    RequestId: '0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0',
    TraceId: 't',
    Success: false,
    ...extra,
  });

  it.each([
    [
      { Code: '404', ErrorCode: 'InvalidAppId.NotFound', Message: 'The specified AppId does not exist.' },
      'NOT_FOUND',
      'InvalidAppId.NotFound',
    ],
    [
      { Code: 'InvalidParameter.Obviously', Message: 'bad {PageSize}' },
      'BAD_USER_INPUT',
      'InvalidParameter.Obviously',
    ],
    [
      { Code: '400', ErrorCode: 'Throttling.User', Message: 'Request was denied due to user flow control.' },
      'UPSTREAM_THROTTLED',
      'Throttling.User',
    ],
    [
      { Code: '500', ErrorCode: 'InternalError', Message: 'see https://sae.cn-hangzhou.aliyuncs.com/x' },
      'UPSTREAM_UNAVAILABLE',
      'InternalError',
    ],
    [{ Code: '403', ErrorCode: 'Forbidden.RAM', Message: 'denied' }, 'UNAUTHENTICATED', 'Forbidden.RAM'],
    [
      { Code: '400', ErrorCode: 'Application.InvalidStatus', Message: 'busy' },
      'UPSTREAM_ERROR',
      'Application.InvalidStatus',
    ],
  ])('%j → %s', async (fields, classification, upstreamCode) => {
    stub.replyJson(envelope(fields));
    stub.clear();
    const error = await stubProvider
      .listJobTemplates({}, { currentPage: 1, pageSize: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      code: classification,
      upstreamCode,
      requestId: '0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0',
      status: 200,
      operation: 'ListJobs',
    });
    expect((error as UpstreamError).message).not.toMatch(/https?:|aliyuncs/);
    // Throttling and 5xx envelopes are retried like HTTP errors; the rest get one attempt.
    expect(stub.requests.length).toBe((error as UpstreamError).retryable ? TEST_RESILIENCE.maxAttempts : 1);
  });

  it.each([
    ['not an envelope', [1, 2]],
    ['a success without Data', { Success: true, Code: '200', RequestId: 'REQ-2' }],
    ['Applications that are not a list', { Success: true, Code: '200', Data: { Applications: 'x' } }],
    ['a template without AppId', { Success: true, Code: '200', Data: { Applications: [{ AppName: 'x' }] } }],
  ])('%s → UPSTREAM_ERROR', async (_label, answer) => {
    stub.replyJson(answer);
    await expect(stubProvider.listJobTemplates({}, { currentPage: 1, pageSize: 5 })).rejects.toMatchObject({
      code: 'UPSTREAM_ERROR',
    });
  });

  it('an execution lookup that fails in the envelope with NOT_FOUND is null', async () => {
    stub.replyJson(envelope({ Code: '404', ErrorCode: 'InvalidJobId.NotFound', Message: 'no' }));
    expect(await stubProvider.getJobExecution('a', 'b')).toBeNull();
  });
});

describe('SAE times in milliseconds (SAE documents epoch seconds)', () => {
  let stub: StubUpstream;
  const lines: [string, string | undefined][] = [];
  let stubProvider: SaeProvider;

  beforeAll(async () => {
    stub = await startStubUpstream();
    stubProvider = SaeUpstreamProvider.forInstance(emulatorAlibabaInstance(stub.url), {
      log: (line, level) => void lines.push([line, level]),
    });
  });
  afterAll(() => stub.stop());

  it('a template with a millisecond LastStartTime keeps the page and its other fields; that field is null, with one warn line', async () => {
    const wire = toJobTemplate(templates[0]!);
    const inMillis = { ...wire, AppId: 'f7730764-d88f-4b9a-8d8e-cd8efbfe0002', LastStartTime: 1657522800000 };
    const data = { Applications: [wire, inMillis], CurrentPage: 1, PageSize: 2, TotalSize: 2 };
    stub.replyJson({
      RequestId: '0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0',
      Code: '200',
      Success: true,
      Data: data,
    });
    const page = await stubProvider.listJobTemplates({}, { currentPage: 1, pageSize: 2 });
    expect(page.totalCount).toBe(2);
    expect(page.items[0]).toEqual(expectedTemplate(0));
    expect(page.items[1]).toEqual({
      ...expectedTemplate(0),
      appId: inMillis.AppId,
      lastStartTime: null,
    });
    expect(lines).toEqual([
      [
        'SAE ListJobs sent LastStartTime=1657522800000, which only makes sense as epoch milliseconds (SAE documents seconds); answered null instance=test request=-',
        'warn',
      ],
    ]);
  });
});
