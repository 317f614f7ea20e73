// Query.jobs when a page ends exactly where one source's buffer runs dry: only the source's own
// "more" knows that the list goes on. One EMR workspace is the only source (a tenant granted just
// it), and a page of 100 is what one ListJobRuns call (maxResults caps at 100) can hold.
import type { TenantGrants } from '../../../src/domain/tenant';
import { postAsTenant, tenantTableAuthenticator } from '../../helpers/tenant-header';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const JOBS = `query Jobs($first: Int, $after: String) {
  jobs(first: $first, after: $after, filter: { providers: [EMR_SERVERLESS_SPARK] }) {
    edges { node { id } }
    pageInfo { hasNextPage endCursor }
    sources { status sourcesRead }
  }
}`;

interface JobsPage {
  jobs: {
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    sources: { status: string; sourcesRead: number }[];
  } | null;
}

interface Workspaces {
  workspaces: { nodes: { instance: string; workspaceId: string; jobRuns: { totalCount: number } }[] } | null;
}

describe('Query.jobs: a page that ends as its only source empties its buffer', () => {
  let gateway: TestGateway;
  const tenants = new Map<string, TenantGrants>([['root', {}]]);
  /** Runs of the one workspace the tenant `single` may read. */
  let runs: number;

  beforeAll(async () => {
    gateway = await startTestGateway({ gateway: { authenticate: tenantTableAuthenticator(tenants) } });
    const { body } = await postAsTenant<Workspaces>(
      gateway.url,
      'root',
      '{ workspaces(first: 100) { nodes { instance workspaceId jobRuns(first: 1) { totalCount } } } }',
    );
    // The smallest workspace that still has more runs than one page: every page is a full one but the last.
    const [workspace] = (body.data?.workspaces?.nodes ?? [])
      .filter((node) => node.jobRuns.totalCount > 200)
      .sort((a, b) => a.jobRuns.totalCount - b.jobRuns.totalCount);
    if (!workspace) throw new Error('the demo data has no EMR workspace with more than 200 runs');
    runs = workspace.jobRuns.totalCount;
    tenants.set('single', {
      instances: { EMR_SERVERLESS_SPARK: [workspace.instance] },
      emrWorkspaces: [workspace.workspaceId],
    });
  }, 60_000);
  afterAll(() => gateway.stop());

  it('jobs(first: 100) has a next page, and paging on yields every run once', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const { body } = await postAsTenant<JobsPage>(gateway.url, 'single', JOBS, { first: 100, after });
      const jobs = body.data?.jobs;
      expect(body.errors).toBeUndefined();
      if (!jobs) throw new Error('no jobs connection');
      expect(jobs.sources).toEqual([{ status: 'OK', sourcesRead: 1 }]);
      ids.push(...jobs.edges.map((edge) => edge.node.id));
      if (pages === 0) expect([jobs.edges.length, jobs.pageInfo.hasNextPage]).toEqual([100, true]);
      if (!jobs.pageInfo.hasNextPage) break;
      after = jobs.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(runs);
    expect(new Set(ids).size).toBe(runs);
  });
});
