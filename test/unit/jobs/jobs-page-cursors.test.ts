import { ANONYMOUS_TENANT } from '../../../src/domain/tenant';
import type { JobFeed, JobList } from '../../../src/jobs/job-feed';
import type { JobsContext } from '../../../src/jobs/jobs-context';
import { listJobsPage } from '../../../src/jobs/jobs-page';
import { DEFAULT_JOBS_SETTINGS } from '../../../src/jobs/jobs-settings';
import { jobItem, type ListedJob } from '../../../src/jobs/listed-job';
import { isAfter } from '../../../src/pagination/merge-order';
import { decodeJobsCursor, jobsCursorBinding } from '../../../src/jobs/jobs-cursor';
import { toJobQueryFilter } from '../../../src/schema/job/job.filter';
import { countingCodec } from '../../helpers/counting-codec';

// The filter of a `jobs` query without one.
const NO_JOB_FILTER = toJobQueryFilter(null);

/** One Gravitino metalake's ten jobs, one minute apart: a feed that needs no upstream. */
const jobs = Array.from(
  { length: 10 },
  (_, i) =>
    ({
      provider: 'GRAVITINO',
      instanceId: 'g',
      metalake: 'lake',
      jobId: `job-${i}`,
      createdAt: 1_000_000 - i * 60_000,
    }) as unknown as ListedJob,
);
const list: JobList = {
  key: 'gravitino:g:lake',
  newestPossible: null,
  fetch: async (after, limit) => {
    const rest = jobs.map(jobItem).filter((item) => isAfter(item, after));
    return { items: rest.slice(0, limit), more: rest.length > limit };
  },
};
const feed: JobFeed = {
  provider: 'GRAVITINO',
  instances: async () => [{ provider: 'GRAVITINO', instance: 'g', lists: [list] }],
};

describe('jobs page cursors', () => {
  const { codec, signed } = countingCodec();
  const context = {
    tenant: ANONYMOUS_TENANT,
    cursors: codec,
    requestSignal: new AbortController().signal,
    settings: DEFAULT_JOBS_SETTINGS,
  } as unknown as JobsContext;

  it('signs a cursor only when it is read, once, and only the last carries what the page learnt', async () => {
    const page = await listJobsPage(context, { size: 4, after: null }, NO_JOB_FILTER, [feed]);
    expect(page.edges).toHaveLength(4);
    expect(signed()).toBe(0);
    const last = page.edges[3]?.cursor as string;
    expect(page.edges[3]?.cursor).toBe(last);
    expect(signed()).toBe(1);
    const binding = jobsCursorBinding(NO_JOB_FILTER);
    expect(decodeJobsCursor(codec, binding, last).lastList).toEqual({
      key: 'gravitino:g:lake',
      newestPossible: 1_000_000 - 4 * 60_000,
    });
    expect(decodeJobsCursor(codec, binding, page.edges[0]?.cursor as string).lastList).toBeUndefined();
    const next = await listJobsPage(context, { size: 4, after: last }, NO_JOB_FILTER, [feed]);
    expect(next.edges.map((edge) => (edge.job as { jobId: string }).jobId)).toEqual([
      'job-4',
      'job-5',
      'job-6',
      'job-7',
    ]);
  });
});
