// Query.jobs when a page ends exactly where one source's buffer runs dry: only the source's own
// "more" knows that the list goes on. One EMR workspace is the only source (a tenant granted just
// it), and a page of 100 is what one ListJobRuns call (maxResults caps at 100) can hold.
import type { TenantGrants } from '../../../src/domain/tenant';
import { walkConnection } from '../../helpers/connection-walk';
import { postAsTenant, tenantTableAuthenticator } from '../../helpers/tenant-header';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const JOBS = `query Jobs($first: Int, $after: String) {
  jobs(first: $first, after: $after, filter: { providers: [EMR_SERVERLESS_SPARK] }) {
    nodes { id }
    pageInfo { hasNextPage endCursor }
    sources { status sourcesRead }
  }
}`;

interface JobsPage {
  jobs: {
    nodes: { id: string }[];
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
    const pages: NonNullable<JobsPage['jobs']>[] = [];
    const nodes = await walkConnection(async (args) => {
      const { body } = await postAsTenant<JobsPage>(gateway.url, 'single', JOBS, args);
      expect(body.errors).toBeUndefined();
      const jobs = body.data?.jobs;
      if (!jobs) throw new Error('no jobs connection');
      pages.push(jobs);
      return jobs;
    }, 100);
    expect([pages[0]?.nodes.length, pages[0]?.pageInfo.hasNextPage]).toEqual([100, true]);
    expect(pages.map((page) => page.sources)).toEqual(pages.map(() => [{ status: 'OK', sourcesRead: 1 }]));
    expect(nodes).toHaveLength(runs);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(runs);
  });
});
