import type { GravitinoClient } from '../../../../src/providers/gravitino/gravitino.client';
import type { JobDTO, JobListResponse } from '../../../../src/providers/gravitino/gravitino.dto';
import { GravitinoUpstreamProvider } from '../../../../src/providers/gravitino/gravitino.provider';

/**
 * listJobs maps a wire body once: the in-process cache answers hits with the very body object it
 * stored, so a whole list is mapped once per refresh, not once per request (issue 13).
 */

const job = (jobId: string, status: string, createTime: string): JobDTO => ({
  jobId,
  jobTemplateName: 'etl',
  status,
  audit: { creator: 'u', createTime },
});

const MAIN_BODY: JobListResponse = {
  code: 0,
  jobs: [job('job-2', 'queued', '2026-08-01T02:00:00Z'), job('job-1', 'succeeded', '2026-08-01T01:00:00Z')],
  statusCounts: { queued: 1, succeeded: 1 },
};

/** A client answering `bodies` in turn (the same object again, as a cache hit does). */
function providerOver(version: 'main' | '1.3.0', bodies: readonly JobListResponse[]) {
  let call = 0;
  const listJobs = jest.fn(async () => bodies[Math.min(call++, bodies.length - 1)] as JobListResponse);
  const client = {
    instance: { id: 'gv', metalakes: ['lake'], version },
    listJobs,
  } as unknown as GravitinoClient;
  return new GravitinoUpstreamProvider(client);
}

describe('GravitinoUpstreamProvider.listJobs maps each body once', () => {
  it('answers the same body twice with the same list object, and a new body with a new list', async () => {
    const fresh: JobListResponse = { ...MAIN_BODY, jobs: [...(MAIN_BODY.jobs ?? [])] };
    const provider = providerOver('main', [MAIN_BODY, MAIN_BODY, fresh]);
    const first = await provider.listJobs('lake');
    const again = await provider.listJobs('lake');
    const refreshed = await provider.listJobs('lake');
    expect(again).toBe(first);
    expect(refreshed).not.toBe(first);
    expect(refreshed).toEqual(first);
    expect(first.jobs.map((entry) => entry.jobId)).toEqual(['job-2', 'job-1']);
  });

  it('keeps one list per filter when one body answers several (1.3.0 ignores all but the template)', async () => {
    const body: JobListResponse = { code: 0, jobs: MAIN_BODY.jobs };
    const provider = providerOver('1.3.0', [body]);
    const newest = await provider.listJobs('lake', { sortBy: 'queuedAt', sortOrder: 'desc' });
    const oldest = await provider.listJobs('lake', { sortBy: 'queuedAt', sortOrder: 'asc' });
    expect(newest.jobs.map((entry) => entry.jobId)).toEqual(['job-2', 'job-1']);
    expect(oldest.jobs.map((entry) => entry.jobId)).toEqual(['job-1', 'job-2']);
    expect(await provider.listJobs('lake', { sortBy: 'queuedAt', sortOrder: 'asc' })).toBe(oldest);
  });
});
