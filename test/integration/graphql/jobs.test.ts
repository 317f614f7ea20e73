import fc from 'fast-check';
import {
  JobsPageDocument,
  type JobFilter,
  type JobsPageQuery,
  type JobStatus,
  type Provider,
} from '../../__generated__/operations';
import { LIST_ORDERS } from '../../../src/emulators/shared/list-order';
import { arrived } from '../../helpers/arrived';
import { GRAVITINO_VERSIONS, startGravitinoTestGateway } from '../../helpers/gravitino-versions';
import type { GraphQLTestResponse, TestGateway } from '../../helpers/test-gateway';
import { allJobs, newestFirst, type OracleJob } from './jobs-oracle';

function matches(job: OracleJob, filter: JobFilter): boolean {
  const t = job.job.createdAt;
  if (filter.providers && !filter.providers.includes(job.provider)) return false;
  if (filter.regions && (job.region === null || !filter.regions.includes(job.region))) return false;
  if (filter.statuses && !filter.statuses.includes(job.job.status)) return false;
  if (filter.createdAfter && (t === null || t < Date.parse(filter.createdAfter))) return false;
  if (filter.createdBefore && (t === null || t > Date.parse(filter.createdBefore))) return false;
  if (filter.nameContains && !(job.job.name ?? '').toLowerCase().includes(filter.nameContains.toLowerCase()))
    return false;
  return true;
}

// Gravitino 1.3.0 ignores the pushed-down queuedAfter and lists in its own order: Query.jobs must
// come out the same against it as against main. EMR ListJobRuns and SAE DescribeJobHistory
// document no order: the emulators serve them newest first or shuffled, and Query.jobs must come
// out the same under both.
const CASES = GRAVITINO_VERSIONS.flatMap((version) => LIST_ORDERS.map((order) => [version, order] as const));

describe.each(CASES)('Query.jobs (Gravitino %s, lists %s): all providers, newest first', (version, order) => {
  let gateway: TestGateway;
  let oracle: OracleJob[];

  beforeAll(async () => {
    gateway = await startGravitinoTestGateway(version, { emulators: { listOrder: order } });
    oracle = (await allJobs(gateway.providers)).sort(newestFirst);
  }, 60_000);
  afterAll(() => gateway.stop());

  it('pages through exactly the sorted union of all sources, resuming from random edges, under random filters', async () => {
    const times = oracle.map((j) => j.job.createdAt).filter((t): t is number => t !== null);
    const [minT, maxT] = [Math.min(...times), Math.max(...times)];
    const names = [...new Set(oracle.map((j) => j.job.name).filter((n): n is string => !!n))];
    const filterArb = fc
      .record(
        {
          providers: fc.subarray<Provider>(['EMR_SERVERLESS_SPARK', 'PAI_DLC', 'SAE', 'GRAVITINO'], {
            minLength: 1,
          }),
          statuses: fc.subarray<JobStatus>(
            ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLING', 'CANCELLED'],
            {
              minLength: 1,
            },
          ),
          // A window of at most two days keeps each full walk to a few hundred jobs.
          createdAfter: fc.integer({ min: minT, max: maxT }).map((t) => new Date(t).toISOString()),
          nameContains: fc
            .constantFrom(...names)
            .chain((name) =>
              fc.integer({ min: 0, max: Math.max(0, name.length - 3) }).map((at) => name.slice(at, at + 3)),
            ),
          regions: fc.subarray(['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1'], {
            minLength: 1,
          }),
        },
        { requiredKeys: ['createdAfter'] },
      )
      .map((filter): JobFilter => ({
        ...filter,
        createdBefore: new Date(Date.parse(filter.createdAfter) + 2 * 86_400_000).toISOString(),
      }));
    await fc.assert(
      fc.asyncProperty(
        filterArb,
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        async (filter, sizes, pick) => {
          const expected = oracle.filter((job) => matches(job, filter)).map((job) => job.id);
          const seen: string[] = [];
          let after: string | null = null;
          let done = false;
          for (const size of sizes) {
            const response: GraphQLTestResponse<JobsPageQuery> = await gateway.run(JobsPageDocument, {
              first: size,
              after,
              filter,
            });
            expect(response.errors).toBeUndefined();
            const page: JobsPageQuery['jobs'] | undefined = response.data?.jobs;
            if (!page || page.edges.length === 0) {
              done = true;
              break;
            }
            // Resume from a random edge of the page, not only its end.
            const index = pick % page.edges.length;
            seen.push(
              ...arrived(page.edges.slice(0, index + 1).map((edge) => edge.node)).map((node) => node.id),
            );
            after = page.edges[index]?.cursor ?? null;
            if (!page.pageInfo.hasNextPage && index === page.edges.length - 1) {
              done = true;
              break;
            }
          }
          expect(seen).toEqual(expected.slice(0, seen.length));
          if (done) expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('without a filter, the first pages are the newest jobs of all providers, and say how each source was read', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (const first of [7, 25, 50]) {
      const response: GraphQLTestResponse<JobsPageQuery> = await gateway.run(JobsPageDocument, {
        first,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page: JobsPageQuery['jobs'] | undefined = response.data?.jobs;
      seen.push(...arrived(page?.edges.map((edge) => edge.node)).map((node) => node.id));
      after = page?.pageInfo.endCursor ?? null;
      // EMR and SAE lists are checked as they arrive: read page by page while newest first, whole once not.
      const checked = order === 'newest-first' ? 'PAGED_NEWEST_FIRST' : 'FULL_READ';
      const reads = Object.fromEntries(
        (page?.sources ?? []).filter((s) => s.sourcesRead > 0).map((s) => [s.provider, s.read]),
      );
      expect(reads).toEqual({
        EMR_SERVERLESS_SPARK: checked,
        PAI_DLC: 'PAGED_NEWEST_FIRST',
        SAE: checked,
        GRAVITINO: 'FULL_READ',
      });
    }
    expect(seen).toEqual(oracle.slice(0, seen.length).map((job) => job.id));
    expect(new Set(oracle.slice(0, 300).map((job) => job.provider)).size).toBeGreaterThan(1);
  }, 60_000);

  it('reads only the sources that can reach the page', async () => {
    gateway.resetEmulators();
    const response = await gateway.run(JobsPageDocument, { first: 10, filter: { providers: ['SAE'] } });
    expect(response.data?.jobs?.edges.map((edge) => edge.node?.id)).toEqual(
      oracle
        .filter((job) => job.provider === 'SAE')
        .slice(0, 10)
        .map((job) => job.id),
    );
    const history = gateway.calls('sae', 'DescribeJobHistory').length;
    const templates = response.data?.jobs?.sources[0];
    // One ListJobs sweep, then only the histories whose LastStartTime can reach the first 10.
    expect(gateway.calls('sae', 'ListJobs')).toHaveLength(1);
    expect(templates?.sourcesRead).toBeLessThan(20);
    // A history that arrives out of order is read on whole: one more call, at its largest page.
    if (order === 'newest-first') expect(history).toBe(templates?.sourcesRead);
    else expect(history).toBeLessThanOrEqual(2 * (templates?.sourcesRead ?? 0));
  });

  it('keeps the next-page cursor within the argument limit when a page reads dozens of SAE histories', async () => {
    // A createdBefore in the middle of SAE's history: every template that ran since could still hold
    // the page's first job, so the first page reads all their histories, and the last edge's cursor
    // carries where each stopped.
    const sae = oracle.filter((job) => job.provider === 'SAE' && job.job.createdAt !== null);
    const createdBefore = new Date(sae[Math.floor(sae.length / 2)]?.job.createdAt ?? 0).toISOString();
    const filter: JobFilter = { providers: ['SAE'], createdBefore };
    const expected = sae.filter((job) => (job.job.createdAt ?? 0) <= Date.parse(createdBefore));
    const first = await gateway.run(JobsPageDocument, { first: 1, filter });
    expect(first.data?.jobs?.edges.map((edge) => edge.node?.id)).toEqual([expected[0]?.id]);
    expect(first.data?.jobs?.sources[0]?.sourcesRead).toBeGreaterThan(30);
    const after = first.data?.jobs?.pageInfo.endCursor;
    const next = await gateway.run(JobsPageDocument, { first: 1, after, filter });
    expect(next.errors).toBeUndefined();
    expect(next.data?.jobs?.edges.map((edge) => edge.node?.id)).toEqual([expected[1]?.id]);
  });
});
