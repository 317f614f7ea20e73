import { toGlobalId } from '../../../src/domain/global-id';
import type { GravitinoMetalakeNodeQuery } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { errorShape, startTenancyGateway, type TenancyGateway } from '../tenancy/tenancy-fixture';
import { gravitinoOperation } from './gravitino-operations';
import { withSecondInstance } from '../../helpers/second-instance';

type Data = Record<string, unknown>;
interface Listed {
  gravitinoMetalakes: { nodes: Data[] };
}
interface NodeResult {
  node: GravitinoMetalakeNodeQuery['node'];
}
interface NodesResult {
  nodes: ({ __typename: string; id: string; name?: string; instance?: string } | null)[];
}

const metalakeId = (instanceId: string, name: string) => toGlobalId('GravitinoMetalake', instanceId, [name]);

describe('Gravitino: node(id) refetch of GravitinoMetalake', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // Two servers (one emulator): the demo's, and one configured with a metalake its server lacks.
    gw = await startTestGateway({
      config: withSecondInstance('gravitino', {
        id: 'gravitino-b',
        metalakes: ['dev_lake', 'ghost_lake', 'analytics'],
      }),
    });
  });
  beforeEach(() => gw.resetEmulators());
  afterAll(() => gw.stop());

  const operations = () => gw.calls('gravitino').map((call) => call.operation);

  it('the listing gives each metalake a global id; node(id) reads it back with every field in one listMetalakes', async () => {
    const listed = await gw.query<Listed>(gravitinoOperation('GravitinoMetalakesWithIds'), {
      filter: { instances: ['gravitino'] },
    });
    expect(listed.errors).toBeUndefined();
    const fromList = listed.data?.gravitinoMetalakes.nodes.find((lake) => lake.name === 'prod_lake');
    expect(fromList?.id).toBe(metalakeId('gravitino', 'prod_lake'));
    gw.resetEmulators();
    const result = await gw.query<NodeResult>(gravitinoOperation('GravitinoMetalakeNode'), {
      id: fromList?.id,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toMatchObject({ __typename: 'GravitinoMetalake', ...fromList });
    expect(operations().filter((operation) => operation === 'listMetalakes')).toHaveLength(1);
  });

  it("a refetched metalake serves its jobs and templates, the same totals as its listing's", async () => {
    const contents = await gw.query<{
      gravitinoMetalakes: {
        nodes: {
          name: string;
          instance: string;
          jobs: { totalCount: number };
          jobTemplates: { totalCount: number };
        }[];
      };
    }>(gravitinoOperation('GravitinoMetalakeContents'));
    const dev = contents.data?.gravitinoMetalakes.nodes.find(
      (lake) => lake.instance === 'gravitino' && lake.name === 'dev_lake',
    );
    expect(dev?.jobs.totalCount).toBeGreaterThan(0);
    gw.resetEmulators();
    const result = await gw.query<NodeResult>(gravitinoOperation('GravitinoMetalakeNode'), {
      id: metalakeId('gravitino', 'dev_lake'),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toMatchObject({
      name: 'dev_lake',
      instance: 'gravitino',
      jobs: { totalCount: dev?.jobs.totalCount },
      jobTemplates: { totalCount: dev?.jobTemplates.totalCount },
    });
    expect(operations().sort()).toEqual(['listJobTemplates', 'listJobs', 'listMetalakes']);
  });

  it('nodes(ids) over metalakes of two servers is one listMetalakes per server, in id order', async () => {
    const ids = [
      metalakeId('gravitino', 'prod_lake'),
      metalakeId('gravitino-b', 'dev_lake'),
      metalakeId('gravitino', 'dev_lake'),
      metalakeId('gravitino', 'analytics'),
      metalakeId('gravitino-b', 'analytics'),
      metalakeId('gravitino', 'archive_lake'),
    ];
    const result = await gw.query<NodesResult>(gravitinoOperation('GravitinoMetalakeNodes'), { ids });
    expect(result.errors).toBeUndefined();
    expect(
      result.data?.nodes.map((node) => node && [node.__typename, node.id, node.instance, node.name]),
    ).toEqual([
      ['GravitinoMetalake', ids[0], 'gravitino', 'prod_lake'],
      ['GravitinoMetalake', ids[1], 'gravitino-b', 'dev_lake'],
      ['GravitinoMetalake', ids[2], 'gravitino', 'dev_lake'],
      ['GravitinoMetalake', ids[3], 'gravitino', 'analytics'],
      ['GravitinoMetalake', ids[4], 'gravitino-b', 'analytics'],
      ['GravitinoMetalake', ids[5], 'gravitino', 'archive_lake'],
    ]);
    expect(operations()).toEqual(['listMetalakes', 'listMetalakes']);
    gw.resetEmulators();
    const oneServer = await gw.query<NodesResult>(gravitinoOperation('GravitinoMetalakeNodes'), {
      ids: ids.filter((_id, index) => index !== 1 && index !== 4),
    });
    expect(oneServer.data?.nodes).toHaveLength(4);
    expect(operations()).toEqual(['listMetalakes']);
  });

  it('a metalake its server lacks, or one not configured on that server, is null with NOT_FOUND in place', async () => {
    const ids = [
      metalakeId('gravitino-b', 'ghost_lake'), // configured, not on the server
      metalakeId('gravitino-b', 'prod_lake'), // on the server, not configured for this instance
      metalakeId('gravitino-b', 'analytics'),
    ];
    const result = await gw.query<NodesResult>(gravitinoOperation('GravitinoMetalakeNodes'), { ids });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
      [['nodes', 1], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes.map((node) => node?.name ?? null)).toEqual([null, null, 'analytics']);
    expect(operations()).toEqual(['listMetalakes']);
    gw.resetEmulators();
    // Asking only about names outside the config reads nothing at all.
    const unconfigured = await gw.query<NodeResult>(gravitinoOperation('GravitinoMetalakeNode'), {
      id: metalakeId('gravitino-b', 'archive_lake'),
    });
    expect(unconfigured.data?.node).toBeNull();
    expect(unconfigured.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(operations()).toEqual([]);
  });

  it('an id naming a Gravitino instance we do not have is BAD_USER_INPUT, with no call', async () => {
    const result = await gw.query<NodeResult>(gravitinoOperation('GravitinoMetalakeNode'), {
      id: metalakeId('elsewhere', 'prod_lake'),
    });
    expect(result.data?.node).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(operations()).toEqual([]);
  });
});

describe('tenancy: node(id) of a GravitinoMetalake', () => {
  let t: TenancyGateway;

  beforeAll(async () => {
    t = await startTenancyGateway({ root: {}, alpha: { gravitinoMetalakes: ['prod_lake'] } });
  });
  afterAll(() => t.gw.stop());
  beforeEach(() => t.gw.resetEmulators());

  const NODE = gravitinoOperation('GravitinoMetalakeNode');

  it('a granted metalake reads back as the unlimited tenant sees it', async () => {
    const id = metalakeId('gravitino', 'prod_lake');
    const mine = await t.as<NodeResult>('alpha', NODE, { id });
    const root = await t.as<NodeResult>('root', NODE, { id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual(root.data);
    expect(mine.data?.node).toMatchObject({ __typename: 'GravitinoMetalake', name: 'prod_lake' });
  });

  it('a metalake outside the grant is null with NOT_FOUND, exactly like one that does not exist, and is never read', async () => {
    const theirs = metalakeId('gravitino', 'dev_lake');
    const ghost = metalakeId('gravitino', 'no_such_lake');
    const refused = await t.as<NodeResult>('alpha', NODE, { id: theirs });
    const missing = await t.as<NodeResult>('alpha', NODE, { id: ghost });
    expect(refused.data).toEqual({ node: null });
    expect(errorShape(refused, [theirs])).toEqual(errorShape(missing, [ghost]));
    expect(errorShape(refused)[0]).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND' } });
    expect(t.gw.calls('gravitino')).toEqual([]);
    // The owner of the grant reads it.
    expect((await t.as<NodeResult>('root', NODE, { id: theirs })).data?.node).toMatchObject({
      name: 'dev_lake',
    });
  });

  it('nodes(ids) mixing a granted and an ungranted metalake: the granted one, and null (NOT_FOUND) in place', async () => {
    const ids = [metalakeId('gravitino', 'dev_lake'), metalakeId('gravitino', 'prod_lake')];
    const result = await t.as<NodesResult>('alpha', gravitinoOperation('GravitinoMetalakeNodes'), { ids });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes.map((node) => node?.name ?? null)).toEqual([null, 'prod_lake']);
    expect(t.gw.calls('gravitino').map((call) => call.operation)).toEqual(['listMetalakes']);
  });
});
