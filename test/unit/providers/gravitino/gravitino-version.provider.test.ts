import type { GravitinoVersionSetting } from '../../../../src/config/providers.config';
import { BadUserInputError } from '../../../../src/errors/bad-user-input.error';
import type { GravitinoClient } from '../../../../src/providers/gravitino/gravitino.client';
import type {
  JobDTO,
  JobListResponse,
  ListJobsQuery,
} from '../../../../src/providers/gravitino/gravitino.dto';
import { GravitinoUpstreamProvider } from '../../../../src/providers/gravitino/gravitino.provider';

/**
 * GravitinoUpstreamProvider.listJobs over a fake client answering like main (filtered, sorted,
 * with statusCounts) or like 1.3.0 (neither): when the filter is applied where, what is sent, and
 * what is refused because no answer could be given without inventing it.
 */

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 7, 1);
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

/** A 1.3.0 job: the audit only. */
const v130Job = (jobId: string, template: string, status: string, queuedHours: number): JobDTO => ({
  jobId,
  jobTemplateName: template,
  status,
  audit: { creator: 'u', createTime: at(queuedHours) },
});

/** In the server's scan order: neither by time nor by id. */
const V130_JOBS: JobDTO[] = [
  v130Job('job-7', 'etl', 'succeeded', 5),
  v130Job('job-2', 'report', 'canceled', 1),
  v130Job('job-9', 'etl', 'queued', 9),
  v130Job('job-4', 'etl', 'failed', 3),
  v130Job('job-5', 'report', 'succeeded', 3),
];

function providerOver(version: GravitinoVersionSetting, answer: (query: ListJobsQuery) => JobListResponse) {
  const listJobs = jest.fn(async (_metalake: string, query: ListJobsQuery = {}) => answer(query));
  const client = {
    instance: { id: 'gv', metalakes: ['lake'], version },
    listJobs,
  } as unknown as GravitinoClient;
  return { provider: new GravitinoUpstreamProvider(client), listJobs };
}

const ids = (list: { jobs: readonly { jobId: string }[] }) => list.jobs.map((job) => job.jobId);
const counts = (list: { statusCounts: readonly { providerStatus: string; count: number }[] }) =>
  Object.fromEntries(list.statusCounts.map((count) => [count.providerStatus, count.count]));
const defined = (query: ListJobsQuery) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

describe('GravitinoUpstreamProvider.listJobs against either release', () => {
  it.each(['auto', 'main'] as const)(
    'version %s: an answer with statusCounts is the server having applied the filter: kept as sent',
    async (version) => {
      const { provider, listJobs } = providerOver(version, () => ({
        code: 0,
        jobs: [V130_JOBS[0]!, V130_JOBS[2]!],
        statusCounts: { succeeded: 1, queued: 1 },
      }));
      const list = await provider.listJobs('lake', { queuedAfter: T0 + 4 * HOUR, sortOrder: 'asc' });
      expect(ids(list)).toEqual(['job-7', 'job-9']);
      expect(list.statusCountsSource).toBe('UPSTREAM');
      expect(defined(listJobs.mock.calls[0]![1]!)).toEqual({ queuedAfter: at(4), sortOrder: 'asc' });
    },
  );

  it.each(['auto', 'main', '1.3.0'] as const)(
    'version %s, an answer without statusCounts: filtered, newest queued first and counted here',
    async (version) => {
      const { provider } = providerOver(version, () => ({ code: 0, jobs: V130_JOBS }));
      const all = await provider.listJobs('lake');
      // Ties (job-4 and job-5, both queued at hour 3) go by jobId, in the sort's direction.
      expect(ids(all)).toEqual(['job-9', 'job-7', 'job-5', 'job-4', 'job-2']);
      expect(all.statusCountsSource).toBe('COUNTED');
      expect(counts(all)).toEqual({
        queued: 1,
        started: 0,
        failed: 1,
        succeeded: 2,
        cancelling: 0,
        cancelled: 1,
      });
      const etl = await provider.listJobs('lake', {
        jobTemplateName: 'etl',
        queuedAfter: T0 + 3 * HOUR,
        sortOrder: 'asc',
      });
      expect(ids(etl)).toEqual(['job-4', 'job-7', 'job-9']);
      expect(counts(etl)).toMatchObject({ queued: 1, failed: 1, succeeded: 1, cancelled: 0 });
    },
  );

  it('version 1.3.0 sends only jobTemplateName, even when the answer carries statusCounts', async () => {
    const { provider, listJobs } = providerOver('1.3.0', () => ({
      code: 0,
      jobs: V130_JOBS,
      statusCounts: { succeeded: 5 },
    }));
    const list = await provider.listJobs('lake', {
      jobTemplateName: 'report',
      queuedAfter: T0,
      sortBy: 'queuedAt',
      sortOrder: 'asc',
    });
    expect(listJobs.mock.calls[0]![1]).toEqual({ jobTemplateName: 'report' });
    expect(ids(list)).toEqual(['job-2', 'job-5']);
    expect(list.statusCountsSource).toBe('COUNTED');
  });

  it.each([
    [{ startedAfter: T0 }, 'startedAfter'],
    [{ finishedAfter: T0 }, 'finishedAfter'],
    [{ sortBy: 'startedAt' }, 'orderBy'],
    [{ sortBy: 'finishedAt', sortOrder: 'asc' }, 'orderBy'],
  ] as const)(
    'refuses %j (argument %s): before the call when configured 1.3.0, after it on auto',
    async (filter, argument) => {
      const configured = providerOver('1.3.0', () => ({ code: 0, jobs: V130_JOBS }));
      const refusal = await configured.provider.listJobs('lake', filter).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(BadUserInputError);
      expect(refusal).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
      expect((refusal as Error).message).toContain('"gv" does not report');
      expect(configured.listJobs).not.toHaveBeenCalled();

      const auto = providerOver('auto', () => ({ code: 0, jobs: V130_JOBS }));
      await expect(auto.provider.listJobs('lake', filter)).rejects.toMatchObject({
        extensions: { argument },
      });
      expect(auto.listJobs).toHaveBeenCalledTimes(1);
    },
  );

  it('on auto, an empty answer without statusCounts is the right answer to any filter, refused or not', async () => {
    const { provider } = providerOver('auto', () => ({ code: 0, jobs: [] }));
    const list = await provider.listJobs('lake', { startedAfter: T0, sortBy: 'finishedAt' });
    expect(list.jobs).toEqual([]);
    expect(counts(list)).toMatchObject({ queued: 0, cancelled: 0 });
  });

  it('a server that ignores the filter but reports job times has it applied here on those times', async () => {
    const timed: JobDTO[] = [
      { ...v130Job('job-1', 'etl', 'succeeded', 1), queuedAt: at(1), startedAt: at(2), finishedAt: at(6) },
      { ...v130Job('job-3', 'etl', 'started', 2), queuedAt: at(2), startedAt: at(4) },
      { ...v130Job('job-8', 'etl', 'queued', 8), queuedAt: at(8) },
    ];
    const { provider } = providerOver('auto', () => ({ code: 0, jobs: timed }));
    const started = await provider.listJobs('lake', {
      startedAfter: T0 + 2 * HOUR,
      sortBy: 'startedAt',
      sortOrder: 'desc',
    });
    expect(ids(started)).toEqual(['job-3', 'job-1']);
    // Jobs lacking the sort field come last in either direction, by jobId among themselves.
    const byFinish = await provider.listJobs('lake', { sortBy: 'finishedAt', sortOrder: 'asc' });
    expect(ids(byFinish)).toEqual(['job-1', 'job-3', 'job-8']);
    const byFinishDesc = await provider.listJobs('lake', { sortBy: 'finishedAt' });
    expect(ids(byFinishDesc)).toEqual(['job-1', 'job-8', 'job-3']);
  });
});
