import {
  PaiJobCountDocument,
  PaiJobIdsDocument,
  type PaiJobFilter,
  type PaiJobOrder,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('paiJobs filter: every documented ListJobs filter reaches the wire, bad ones never leave', () => {
  let gw: TestGateway;
  const listJobs = () => gw.calls('paiDlc', 'ListJobs');

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('maps each filter field to its ListJobs parameter, and orderBy to SortBy/Order', async () => {
    const result = await gw.run(PaiJobIdsDocument, {
      first: 5,
      orderBy: { field: 'DISPLAY_NAME', direction: 'ASC' },
      filter: {
        displayName: 'bert',
        displayNameSearchMode: 'WILDCARD',
        jobType: 'PyTorchJob',
        providerStatuses: ['RUNNING'],
        window: { from: '2026-01-01T00:00:00Z', to: '2026-10-01T12:30:00.500Z' },
        workspaceId: '268',
        fromAllWorkspaces: true,
        showOwn: true,
        resourceId: 'quota-a',
        resourceIds: ['quota-b', 'quota-c'],
        jobId: 'dlc-2026',
        jobIds: ['dlc-1', 'dlc-2'],
        userId: '2965718372370942',
        username: 'alice',
        resourceQuotaName: 'gpu',
        tags: [
          { key: 'team', value: 'nlp' },
          { key: 'env', value: 'prod' },
        ],
        accessibility: 'PRIVATE',
        businessUserId: '166924',
        caller: 'SilkFlow',
        pipelineId: 'flow-1',
        templateId: 'tpl-1',
        description: 'nightly',
        oversoldInfo: 'ACCEPT_QUOTA_OVER_SOLD_TRUE',
        paymentType: 'SPOT',
        enableAssignNode: false,
        numericRange: { field: 'REQUEST_GPU', min: 1, max: 8 },
        imageSearch: 'pytorch 2.1',
        reasonSearch: 'oom',
        userCommandSearch: 'train.py',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(listJobs()).toHaveLength(1);
    expect(listJobs()[0]?.query).toEqual({
      DisplayName: 'bert',
      DisplayNameSearchMode: 'wildcard',
      JobType: 'PyTorchJob',
      Status: 'Running',
      StartTime: '2026-01-01T00:00:00Z',
      EndTime: '2026-10-01T12:30:00.500Z',
      WorkspaceId: '268',
      FromAllWorkspaces: 'true',
      ShowOwn: 'true',
      ResourceId: 'quota-a',
      ResourceIds: 'quota-b,quota-c',
      JobId: 'dlc-2026',
      JobIds: 'dlc-1,dlc-2',
      UserIdForFilter: '2965718372370942',
      Username: 'alice',
      ResourceQuotaName: 'gpu',
      Tags: JSON.stringify({ team: 'nlp', env: 'prod' }),
      Accessibility: 'PRIVATE',
      BusinessUserId: '166924',
      Caller: 'SilkFlow',
      PipelineId: 'flow-1',
      TemplateId: 'tpl-1',
      Description: 'nightly',
      OversoldInfo: 'AcceptQuotaOverSold-true',
      PaymentType: 'Spot',
      EnableAssignNode: 'false',
      NumericRangeField: 'RequestGPU',
      NumericRangeMin: '1',
      NumericRangeMax: '8',
      ImageSearch: 'pytorch 2.1',
      ReasonSearch: 'oom',
      UserCommandSearch: 'train.py',
      SortBy: 'DisplayName',
      Order: 'asc',
      PageNumber: '1',
      PageSize: '5',
    });
  });

  it("without a window, StartTime is 2015-01-01 (never PAI's silent 7 days); with one, only jobs inside it", async () => {
    const everything = await gw.run(PaiJobIdsDocument, {
      first: 100,
      orderBy: { direction: 'ASC' },
    });
    expect(listJobs()[0]?.query.StartTime).toBe('2015-01-01T00:00:00Z');
    const oldest = everything.data?.paiJobs?.edges[0]?.node?.createdAt ?? '';
    // The demo history ends on 2026-11-01: its oldest jobs are far older than seven days.
    expect(Date.parse(oldest)).toBeLessThan(Date.UTC(2026, 9, 20));
    const from = everything.data?.paiJobs?.edges[10]?.node?.createdAt;
    const to = everything.data?.paiJobs?.edges[20]?.node?.createdAt;
    const windowed = await gw.run(PaiJobIdsDocument, {
      first: 100,
      orderBy: { direction: 'ASC' },
      filter: { window: { from, to } },
    });
    const times = windowed.data?.paiJobs?.edges.map((edge) => edge.node?.createdAt) ?? [];
    expect(times.length).toBeGreaterThanOrEqual(11);
    expect(times.every((time) => (time ?? '') >= (from ?? '') && (time ?? '') <= (to ?? ''))).toBe(true);
  });

  it('statuses and providerStatuses intersect; a job matches any status listed', async () => {
    const result = await gw.run(PaiJobIdsDocument, {
      first: 100,
      filter: {
        statuses: ['FAILED', 'RUNNING'],
        providerStatuses: ['FAILED_RESERVING', 'RESTARTING', 'STOPPED'],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(
      listJobs()
        .map((call) => call.query.Status)
        .sort(),
    ).toEqual(['FailedReserving', 'Restarting']);
    const statuses = new Set(result.data?.paiJobs?.edges.map((edge) => edge.node?.providerStatus));
    expect(statuses).toEqual(new Set(['FailedReserving', 'Restarting']));
  });

  it('regions and instances pick configured instances; none left means an empty list and no call', async () => {
    const elsewhere = await gw.run(PaiJobCountDocument, { filter: { regions: ['cn-shanghai'] } });
    expect(elsewhere.data?.paiJobs?.totalCount).toBe(0);
    const empty = await gw.run(PaiJobCountDocument, { filter: { jobIds: [] } });
    expect(empty.data?.paiJobs?.totalCount).toBe(0);
    expect(listJobs()).toHaveLength(0);
  });

  it.each<[PaiJobFilter, string]>([
    [{ fromAllWorkspaces: true }, 'filter.fromAllWorkspaces'],
    [{ window: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'filter.window'],
    [{ window: { from: '1960-01-01T00:00:00Z' } }, 'filter.window.from'],
    [{ jobIds: ['dlc-1,dlc-2'] }, 'filter.jobIds'],
    [{ resourceIds: [''] }, 'filter.resourceIds'],
    [{ numericRange: { field: 'REQUEST_GPU', min: 5, max: 1 } }, 'filter.numericRange'],
    [{ numericRange: { min: 1 } }, 'filter.numericRange.field'],
    [
      { numericRange: { field: 'REQUEST_GPU', fieldUnchecked: 'RequestGPU', min: 1 } },
      'filter.numericRange.fieldUnchecked',
    ],
    [{ numericRange: { fieldUnchecked: ' ', min: 1 } }, 'filter.numericRange.fieldUnchecked'],
    [
      { displayName: 'x', displayNameSearchMode: 'WILDCARD', displayNameSearchModeUnchecked: 'prefix' },
      'filter.displayNameSearchModeUnchecked',
    ],
    [{ window: { fieldUnchecked: '' } }, 'filter.window.fieldUnchecked'],
    [
      {
        tags: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      },
      'filter.tags',
    ],
    [{ tags: [{ key: ' ', value: '1' }] }, 'filter.tags'],
    [{ instances: ['nowhere'] }, 'filter.instances'],
  ])('%j is BAD_USER_INPUT (argument %s) before any call', async (filter, argument) => {
    const result = await gw.run(PaiJobIdsDocument, { first: 5, filter });
    expect(result.data?.paiJobs).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(listJobs()).toHaveLength(0);
  });

  it.each<[string, PaiJobFilter, PaiJobOrder | null, Record<string, string>]>([
    [
      'displayNameSearchModeUnchecked',
      { displayName: 'bert', displayNameSearchModeUnchecked: 'prefix' },
      null,
      { DisplayName: 'bert', DisplayNameSearchMode: 'prefix' },
    ],
    [
      'window.fieldUnchecked',
      { window: { from: '2026-01-01T00:00:00Z', fieldUnchecked: 'GmtRunningTime' } },
      null,
      { StartTime: '2026-01-01T00:00:00Z', TimeRangeField: 'GmtRunningTime' },
    ],
    [
      'numericRange.fieldUnchecked',
      { numericRange: { fieldUnchecked: 'RequestMemory', min: 16 } },
      null,
      { NumericRangeField: 'RequestMemory', NumericRangeMin: '16' },
    ],
    ['orderBy.fieldUnchecked', {}, { fieldUnchecked: 'GmtRunningTime' }, { SortBy: 'GmtRunningTime' }],
  ])(
    '%s is sent as is; the emulator refuses the undocumented value, which comes back as BAD_USER_INPUT with the upstream code',
    async (_name, filter, orderBy, wire) => {
      const result = await gw.run(PaiJobIdsDocument, { first: 5, filter, orderBy });
      expect(result.data?.paiJobs).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        upstream: expect.objectContaining({
          provider: 'PAI_DLC',
          operation: 'ListJobs',
          code: 'InvalidParameter',
        }),
      });
      // A 400 is not retried: one call, carrying the value unchanged.
      expect(listJobs()).toHaveLength(1);
      expect(listJobs()[0]?.query).toMatchObject(wire);
    },
  );

  it.each<[PaiJobOrder, PaiJobFilter | null, string]>([
    [{ field: 'STATUS', fieldUnchecked: 'Status' }, null, 'orderBy.fieldUnchecked'],
    [{ fieldUnchecked: '' }, null, 'orderBy.fieldUnchecked'],
    // Two statuses are two listings merged in the gateway, in an order it must know.
    [
      { fieldUnchecked: 'GmtRunningTime' },
      { providerStatuses: ['RUNNING', 'FAILED'] },
      'orderBy.fieldUnchecked',
    ],
  ])(
    'orderBy %j (filter %j) is BAD_USER_INPUT (argument %s) before any call',
    async (orderBy, filter, argument) => {
      const result = await gw.run(PaiJobIdsDocument, { first: 5, orderBy, filter });
      expect(result.data?.paiJobs).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(listJobs()).toHaveLength(0);
    },
  );
});
