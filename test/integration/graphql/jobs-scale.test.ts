import { JobSourceReadsDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('Query.jobs at scale: 2,000+ SAE templates', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ emulators: { scale: 'large' } });
  }, 60_000);
  afterAll(() => gateway.stop());

  it('lists templates in one sweep and reads at most one history per item of the first page, ties included', async () => {
    gateway.resetEmulators();
    const response = await gateway.run(JobSourceReadsDocument, { first: 20, filter: { providers: ['SAE'] } });
    expect(response.data?.jobs?.edges).toHaveLength(20);
    const [sae] = response.data?.jobs?.sources ?? [];
    expect(sae?.sourceCount).toBeGreaterThanOrEqual(2_000);
    const listCalls = gateway.calls('sae', 'ListJobs').length;
    const historyCalls = gateway.calls('sae', 'DescribeJobHistory').length;
    // The documented bound: the listing sweep (ceil(templates / 200) calls) plus one read per source reached.
    expect(listCalls).toBe(Math.ceil((sae?.sourceCount ?? 0) / 200));
    expect(historyCalls).toBe(sae?.sourcesRead);
    // Cron schedules fire on the same minute (SAE times are whole seconds), so hundreds of templates
    // tie at the page's edge; the tie is broken by template (the order key), so only the templates
    // that win it are read: at most one per item on the page (227 when ties were broken by global id).
    expect(historyCalls).toBeLessThanOrEqual(20);
  }, 60_000);
});
