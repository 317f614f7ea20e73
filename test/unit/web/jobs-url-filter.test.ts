import { jobsQueryFilter, jobsUrlSearch, readJobsUrlFilter } from '../../../web/src/jobs/jobs-url-filter';

describe("the Jobs page's filters in the URL", () => {
  it('reads known values, ignores unknown ones, and writes them back in a fixed order', () => {
    const filter = readJobsUrlFilter(new URLSearchParams('window=7d&status=FAILED&provider=SAE&extra=1'));
    expect(filter).toEqual({ provider: 'SAE', status: 'FAILED', window: '7d' });
    expect(jobsUrlSearch(filter)).toBe('?provider=SAE&status=FAILED&window=7d');
    expect(readJobsUrlFilter(new URLSearchParams('provider=AWS&status=failed&window=2y'))).toEqual({});
    expect(jobsUrlSearch({})).toBe('');
  });

  it("turns them into Query.jobs's filter, the window counted back from the minute of `now`", () => {
    const now = Date.UTC(2026, 11, 7, 12, 30, 45);
    expect(jobsQueryFilter({ provider: 'PAI_DLC', status: 'RUNNING', window: '24h' }, now)).toEqual({
      providers: ['PAI_DLC'],
      statuses: ['RUNNING'],
      createdAfter: '2026-12-06T12:30:00.000Z',
    });
    expect(jobsQueryFilter({}, now)).toEqual({});
  });
});
