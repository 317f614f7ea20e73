import { BadUserInputError } from '../../../../src/errors/bad-user-input.error';
import {
  checkPaiJobFilter,
  checkPaiPage,
  matchesNothing,
  toListJobsRequest,
  toPaiTime,
  type PaiPageRequest,
} from '../../../../src/providers/pai-dlc/pai-dlc-query';
import type { PaiJobFilter } from '../../../../src/domain/pai-job-filter';
import { PAI_LIST_JOBS_MAX_PAGE_SIZE } from '../../../../src/domain/upstream-page-limits';

const PAGE: PaiPageRequest = { pageNumber: 1, pageSize: 20 };

describe('toListJobsRequest', () => {
  it('always sends an explicit StartTime, so PAI’s silent 7-day default never applies', () => {
    expect(toListJobsRequest({}, PAGE)).toEqual({
      PageNumber: 1,
      PageSize: 20,
      StartTime: '2015-01-01T00:00:00Z',
    });
    expect(toListJobsRequest({ window: { to: Date.UTC(2025, 0, 2) } }, PAGE)).toEqual({
      PageNumber: 1,
      PageSize: 20,
      StartTime: '2015-01-01T00:00:00Z',
      EndTime: '2025-01-02T00:00:00Z',
    });
  });

  it('maps every documented filter to its wire parameter', () => {
    const filter: Required<PaiJobFilter> = {
      displayName: 'mnist',
      displayNameSearchMode: 'wildcard',
      jobType: 'TFJob',
      status: 'Running',
      window: { from: Date.UTC(2024, 5, 1, 8, 30, 0, 250), to: Date.UTC(2024, 5, 2), field: 'GmtFinishTime' },
      workspaceId: '268',
      fromAllWorkspaces: true,
      showOwn: true,
      resourceId: 'quota-1',
      resourceIds: ['quota-1', 'quota-2'],
      jobId: 'dlc-2024',
      jobIds: ['dlc-a', 'dlc-b'],
      userIdForFilter: '2012',
      username: 'chen',
      resourceQuotaName: 'lingjun',
      tags: { team: 'llm', env: 'prod' },
      accessibility: 'PRIVATE',
      businessUserId: '166924',
      caller: 'SilkFlow',
      pipelineId: 'flow-1',
      templateId: 'tmpl-1',
      description: 'from silkflow',
      oversoldInfo: 'AcceptQuotaOverSold-true',
      paymentType: 'Spot',
      enableAssignNode: false,
      numericRange: { field: 'RequestGPU', min: 8, max: 64 },
      imageSearch: 'pytorch training',
      reasonSearch: 'oomkilled',
      userCommandSearch: 'torchrun',
    };
    expect(
      toListJobsRequest(filter, { pageNumber: 3, pageSize: 50, sortBy: 'GmtFinishTime', order: 'asc' }),
    ).toEqual({
      Accessibility: 'PRIVATE',
      BusinessUserId: '166924',
      Caller: 'SilkFlow',
      Description: 'from silkflow',
      DisplayName: 'mnist',
      DisplayNameSearchMode: 'wildcard',
      EnableAssignNode: 'false',
      EndTime: '2024-06-02T00:00:00Z',
      FromAllWorkspaces: true,
      ImageSearch: 'pytorch training',
      JobId: 'dlc-2024',
      JobIds: 'dlc-a,dlc-b',
      JobType: 'TFJob',
      NumericRangeField: 'RequestGPU',
      NumericRangeMax: 64,
      NumericRangeMin: 8,
      Order: 'asc',
      OversoldInfo: 'AcceptQuotaOverSold-true',
      PageNumber: 3,
      PageSize: 50,
      PaymentType: 'Spot',
      PipelineId: 'flow-1',
      ReasonSearch: 'oomkilled',
      ResourceId: 'quota-1',
      ResourceIds: 'quota-1,quota-2',
      ResourceQuotaName: 'lingjun',
      ShowOwn: true,
      SortBy: 'GmtFinishTime',
      StartTime: '2024-06-01T08:30:00.250Z',
      Status: 'Running',
      Tags: { team: 'llm', env: 'prod' },
      TemplateId: 'tmpl-1',
      TimeRangeField: 'GmtFinishTime',
      UserCommandSearch: 'torchrun',
      UserIdForFilter: '2012',
      Username: 'chen',
      WorkspaceId: '268',
    });
  });

  it('leaves empty tag maps and id lists off the wire', () => {
    expect(toListJobsRequest({ tags: {}, jobIds: [], resourceIds: [] }, PAGE)).not.toHaveProperty('Tags');
    expect(matchesNothing({ jobIds: [] })).toBe(true);
    expect(matchesNothing({ resourceIds: [] })).toBe(true);
    expect(matchesNothing({ jobIds: [], jobId: 'dlc' })).toBe(false);
    expect(matchesNothing({})).toBe(false);
  });

  it('writes times as the docs do: whole seconds without a fraction', () => {
    expect(toPaiTime(Date.UTC(2020, 10, 8, 16))).toBe('2020-11-08T16:00:00Z');
  });
});

describe('validation before any call', () => {
  const refused = (run: () => void, argument: string) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  };

  it.each([
    [{ pageNumber: 0, pageSize: 10 }, 'pageNumber'],
    [{ pageNumber: 1.5, pageSize: 10 }, 'pageNumber'],
    [{ pageNumber: 1, pageSize: 0 }, 'pageSize'],
    [{ pageNumber: 1, pageSize: PAI_LIST_JOBS_MAX_PAGE_SIZE + 1 }, 'pageSize'],
    [{ pageNumber: 1, pageSize: 10, sortBy: ' ' }, 'sortBy'],
    [{ pageNumber: 1, pageSize: 10, order: 'up' as 'asc' }, 'order'],
  ])('page %j is refused (%s)', (page, argument) => {
    refused(() => checkPaiPage(page, PAI_LIST_JOBS_MAX_PAGE_SIZE), argument);
  });

  it('accepts the largest page', () => {
    expect(() =>
      checkPaiPage({ pageNumber: 1, pageSize: PAI_LIST_JOBS_MAX_PAGE_SIZE }, PAI_LIST_JOBS_MAX_PAGE_SIZE),
    ).not.toThrow();
  });

  it.each<[PaiJobFilter, string]>([
    [{ status: 'Exploded' as 'Running' }, 'status'],
    [{ window: { from: 2, to: 1 } }, 'window'],
    [{ window: { from: Number.NaN } }, 'window.from'],
    [{ window: { to: -1 } }, 'window.to'],
    [{ window: { field: '' } }, 'window.field'],
    [{ displayName: 'x', displayNameSearchMode: ' ' }, 'displayNameSearchMode'],
    [{ fromAllWorkspaces: true }, 'fromAllWorkspaces'],
    [{ fromAllWorkspaces: true, showOwn: false }, 'fromAllWorkspaces'],
    [{ jobIds: ['a,b'] }, 'jobIds'],
    [{ resourceIds: [' '] }, 'resourceIds'],
    [{ numericRange: { field: '' } }, 'numericRange.field'],
    [{ numericRange: { field: 'RequestGPU', min: 1.5 } }, 'numericRange.min'],
    [{ numericRange: { field: 'RequestGPU', min: 5, max: 1 } }, 'numericRange'],
  ])('filter %j is refused (%s)', (filter, argument) => {
    refused(() => checkPaiJobFilter(filter), argument);
  });

  it('lets values beyond the documented ones through unchecked: the caller chose them, upstream decides', () => {
    expect(() =>
      checkPaiJobFilter({
        displayName: 'x',
        displayNameSearchMode: 'prefix',
        window: { field: 'GmtRunningTime' },
        numericRange: { field: 'RequestMemory', min: 1 },
      }),
    ).not.toThrow();
    expect(() => checkPaiPage({ pageNumber: 1, pageSize: 10, sortBy: 'GmtRunningTime' }, 100)).not.toThrow();
  });
});
