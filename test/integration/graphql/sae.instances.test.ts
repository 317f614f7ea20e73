import {
  SaeJobTemplateCountAndCursorsDocument,
  SaeJobTemplateCountDocument,
  SaeJobTemplateIdsDocument,
  SaeJobTemplateRegionsDocument,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { withSecondInstance } from '../../helpers/second-instance';

describe('Query.saeJobTemplates over several SAE instances', () => {
  let gw: TestGateway;
  let perInstance: number;
  const filter = { namespaceId: 'cn-hangzhou:prod' };

  beforeAll(async () => {
    gw = await startTestGateway({
      config: withSecondInstance('sae', { id: 'sae-sh', regionId: 'cn-shanghai' }),
    });
    const [instance] = gw.providers.sae;
    if (!instance) throw new Error('two SAE instances are configured');
    perInstance = (await instance.client.listJobTemplates(filter, { currentPage: 1, pageSize: 1 }))
      .totalCount;
    expect(perInstance).toBeGreaterThan(5);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  it('lists the instances one after another, in config order, each object carrying its instance and region', async () => {
    const result = await gw.run(SaeJobTemplateIdsDocument, { first: perInstance + 2, filter });
    const edges = result.data?.saeJobTemplates?.edges ?? [];
    expect(edges.map((edge) => edge.node?.instance)).toEqual([
      ...Array<string>(perInstance).fill('sae'),
      'sae-sh',
      'sae-sh',
    ]);
    expect(new Set(edges.map((edge) => edge.node?.id)).size).toBe(edges.length);
    const regions = await gw.run(SaeJobTemplateRegionsDocument, {
      first: 1,
      filter: { instances: ['sae-sh'] },
    });
    expect(regions.data?.saeJobTemplates?.nodes).toEqual([{ region: 'cn-shanghai' }]);
  });

  it("totalCount sums the instances: the page's own total plus one one-item ListJobs for the instance it did not reach", async () => {
    const result = await gw.run(SaeJobTemplateCountDocument, { first: 3, filter });
    expect(result.data?.saeJobTemplates?.totalCount).toBe(2 * perInstance);
    expect(gw.calls('sae', 'ListJobs').map((call) => call.query.PageSize)).toEqual(['3', '1']);
  });

  it("totalCount of one instance is its page's total, at no extra cost", async () => {
    const result = await gw.run(SaeJobTemplateCountDocument, {
      first: 3,
      filter: { ...filter, instances: ['sae-sh'] },
    });
    expect(result.data?.saeJobTemplates?.totalCount).toBe(perInstance);
    expect(gw.calls('sae', 'ListJobs')).toHaveLength(1);
  });

  it('filter.regions keeps the instances configured for those regions; none left is an empty list', async () => {
    const shanghai = await gw.run(SaeJobTemplateIdsDocument, {
      first: 100,
      filter: { ...filter, regions: ['cn-shanghai'] },
    });
    expect(new Set(shanghai.data?.saeJobTemplates?.edges.map((edge) => edge.node?.instance))).toEqual(
      new Set(['sae-sh']),
    );
    gw.resetEmulators();
    const nowhere = await gw.run(SaeJobTemplateCountAndCursorsDocument, {
      filter: { regions: ['eu-central-1'] },
    });
    expect(nowhere.data?.saeJobTemplates).toEqual({ totalCount: 0, edges: [] });
    expect(gw.calls('sae')).toHaveLength(0);
  });

  it('a cursor names its instance: one from a listing of both instances is refused where that instance is filtered out', async () => {
    const page = await gw.run(SaeJobTemplateIdsDocument, { first: 2, filter });
    const cursor = page.data?.saeJobTemplates?.edges[1]?.cursor;
    const result = await gw.run(SaeJobTemplateIdsDocument, {
      first: 2,
      after: cursor,
      filter: { ...filter, instances: ['sae-sh'] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
