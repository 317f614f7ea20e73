import { JobSourceReadsDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('Query.jobs at scale: 2,000+ SAE templates', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ emulators: { scale: 'large' } });
  }, 60_000);
  afterAll(() => gateway.stop());

  it('lists templates in one sweep and reads only the histories that can reach the first page', async () => {
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
    // Far from one read per template. Not a handful either: cron schedules fire on the same minute
    // (SAE times are whole seconds), and every template tied at the page's edge must be read so the
    // tie can be broken by id.
    expect(historyCalls).toBeLessThan((sae?.sourceCount ?? 0) / 5);
  }, 60_000);
});
