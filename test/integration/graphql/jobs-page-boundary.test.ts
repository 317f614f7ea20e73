// Query.jobs when a page ends exactly where one source's buffer runs dry: only the source's own
// "more" knows that the list goes on. One EMR workspace is the only source (a tenant granted just
// it), and a page of 100 is what one ListJobRuns call (maxResults caps at 100) can hold.
import type { TenantGrants } from '../../../src/domain/tenant';
import {
  EmrWorkspaceRunCountsDocument,
  JobIdsWithReadsDocument,
  type JobIdsWithReadsQuery,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { walkForward } from '../../helpers/connection-walk';
import { runAsTenant, tenantTableAuthenticator } from '../../helpers/tenant-header';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('Query.jobs: a page that ends as its only source empties its buffer', () => {
  let gateway: TestGateway;
  const tenants = new Map<string, TenantGrants>([['root', {}]]);
  /** Runs of the one workspace the tenant `single` may read. */
  let runs: number;

  beforeAll(async () => {
    gateway = await startTestGateway({ gateway: { authenticate: tenantTableAuthenticator(tenants) } });
    const { body } = await runAsTenant(gateway.url, 'root', EmrWorkspaceRunCountsDocument);
    // The smallest workspace that still has more runs than one page: every page is a full one but the last.
    const [workspace] = arrived(body.data?.workspaces?.nodes)
      .map((node) => ({ ...node, runs: node.jobRuns.totalCount ?? 0 }))
      .filter((node) => node.runs > 200)
      .sort((a, b) => a.runs - b.runs);
    if (!workspace) throw new Error('the demo data has no EMR workspace with more than 200 runs');
    runs = workspace.runs;
    tenants.set('single', {
      instances: { EMR_SERVERLESS_SPARK: [workspace.instance] },
      emrWorkspaces: [workspace.workspaceId],
    });
  }, 60_000);
  afterAll(() => gateway.stop());

  it('jobs(first: 100) has a next page, and paging on yields every run once', async () => {
    const pages: NonNullable<JobIdsWithReadsQuery['jobs']>[] = [];
    const nodes = await walkForward(async (args) => {
      const { body } = await runAsTenant(gateway.url, 'single', JobIdsWithReadsDocument, {
        ...args,
        filter: { providers: ['EMR_SERVERLESS_SPARK'] },
      });
      expect(body.errors).toBeUndefined();
      const jobs = body.data?.jobs;
      if (!jobs) throw new Error('no jobs connection');
      pages.push(jobs);
      return jobs;
    }, 100);
    expect([pages[0]?.nodes.length, pages[0]?.pageInfo.hasNextPage]).toEqual([100, true]);
    expect(pages.map((page) => page.sources)).toEqual(
      pages.map(() => [
        { provider: 'EMR_SERVERLESS_SPARK', status: 'OK', sourcesRead: 1, read: 'PAGED_NEWEST_FIRST' },
      ]),
    );
    expect(nodes).toHaveLength(runs);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(runs);
  });
});
