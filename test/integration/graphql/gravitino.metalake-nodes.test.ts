import { toGlobalId } from '../../../src/domain/global-id';
import {
  GravitinoMetalakeContentsDocument,
  GravitinoMetalakeNodeDocument,
  GravitinoMetalakeNodesDocument,
  GravitinoMetalakesWithIdsDocument,
  type GravitinoMetalakeNodesQuery,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { nodeOfType } from '../../helpers/node-of-type';
import { GRAVITINO_VERSIONS, startGravitinoTestGateway } from '../../helpers/gravitino-versions';
import { errorShape, useTenancyGateway } from '../../helpers/tenancy-gateway';
import type { TestGateway } from '../../helpers/test-gateway';
import { withSecondInstance } from '../../helpers/second-instance';

type RefetchedMetalake = GravitinoMetalakeNodesQuery['nodes'][number];

const metalakeId = (instanceId: string, name: string) => toGlobalId('GravitinoMetalake', instanceId, [name]);
/** A refetched metalake's name; null for a node that did not arrive. */
const nameOf = (node: RefetchedMetalake) => (node && 'name' in node ? node.name : null);

describe.each(GRAVITINO_VERSIONS)('Gravitino %s: node(id) refetch of GravitinoMetalake', (version) => {
  let gw: TestGateway;

  beforeAll(async () => {
    // Two servers (one emulator): the demo's, and one configured with a metalake its server lacks.
    gw = await startGravitinoTestGateway(version, {
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
    const listed = await gw.run(GravitinoMetalakesWithIdsDocument, { filter: { instances: ['gravitino'] } });
    expect(listed.errors).toBeUndefined();
    const fromList = arrived(listed.data?.gravitinoMetalakes?.nodes).find(
      (lake) => lake.name === 'prod_lake',
    );
    expect(fromList?.id).toBe(metalakeId('gravitino', 'prod_lake'));
    gw.resetEmulators();
    const result = await gw.run(GravitinoMetalakeNodeDocument, { id: fromList?.id ?? '' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toMatchObject({ __typename: 'GravitinoMetalake', ...fromList });
    expect(operations().filter((operation) => operation === 'listMetalakes')).toHaveLength(1);
  });

  it("a refetched metalake serves its jobs and templates, the same totals as its listing's", async () => {
    const contents = await gw.run(GravitinoMetalakeContentsDocument);
    const dev = arrived(contents.data?.gravitinoMetalakes?.nodes).find(
      (lake) => lake.instance === 'gravitino' && lake.name === 'dev_lake',
    );
    expect(dev?.jobs.totalCount).toBeGreaterThan(0);
    gw.resetEmulators();
    const result = await gw.run(GravitinoMetalakeNodeDocument, { id: metalakeId('gravitino', 'dev_lake') });
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
    const result = await gw.run(GravitinoMetalakeNodesDocument, { ids });
    expect(result.errors).toBeUndefined();
    const lakes = result.data?.nodes.map((node) => nodeOfType(node, 'GravitinoMetalake'));
    expect(lakes?.map((lake) => [lake.__typename, lake.id, lake.instance, lake.name])).toEqual([
      ['GravitinoMetalake', ids[0], 'gravitino', 'prod_lake'],
      ['GravitinoMetalake', ids[1], 'gravitino-b', 'dev_lake'],
      ['GravitinoMetalake', ids[2], 'gravitino', 'dev_lake'],
      ['GravitinoMetalake', ids[3], 'gravitino', 'analytics'],
      ['GravitinoMetalake', ids[4], 'gravitino-b', 'analytics'],
      ['GravitinoMetalake', ids[5], 'gravitino', 'archive_lake'],
    ]);
    expect(operations()).toEqual(['listMetalakes', 'listMetalakes']);
    gw.resetEmulators();
    const oneServer = await gw.run(GravitinoMetalakeNodesDocument, {
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
    const result = await gw.run(GravitinoMetalakeNodesDocument, { ids });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
      [['nodes', 1], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes.map(nameOf)).toEqual([null, null, 'analytics']);
    expect(operations()).toEqual(['listMetalakes']);
    gw.resetEmulators();
    // Asking only about names outside the config reads nothing at all.
    const unconfigured = await gw.run(GravitinoMetalakeNodeDocument, {
      id: metalakeId('gravitino-b', 'archive_lake'),
    });
    expect(unconfigured.data?.node).toBeNull();
    expect(unconfigured.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(operations()).toEqual([]);
  });

  it('an id naming a Gravitino instance we do not have is BAD_USER_INPUT, with no call', async () => {
    const result = await gw.run(GravitinoMetalakeNodeDocument, { id: metalakeId('elsewhere', 'prod_lake') });
    expect(result.data?.node).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(operations()).toEqual([]);
  });
});

describe('tenancy: node(id) of a GravitinoMetalake', () => {
  const t = useTenancyGateway({ tenants: { root: {}, alpha: { gravitinoMetalakes: ['prod_lake'] } } });

  it('a granted metalake reads back as the unlimited tenant sees it', async () => {
    const id = metalakeId('gravitino', 'prod_lake');
    const mine = await t.as('alpha', GravitinoMetalakeNodeDocument, { id });
    const root = await t.as('root', GravitinoMetalakeNodeDocument, { id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual(root.data);
    expect(mine.data?.node).toMatchObject({ __typename: 'GravitinoMetalake', name: 'prod_lake' });
  });

  it('a metalake outside the grant is null with NOT_FOUND, exactly like one that does not exist, and is never read', async () => {
    const theirs = metalakeId('gravitino', 'dev_lake');
    const ghost = metalakeId('gravitino', 'no_such_lake');
    const refused = await t.as('alpha', GravitinoMetalakeNodeDocument, { id: theirs });
    const missing = await t.as('alpha', GravitinoMetalakeNodeDocument, { id: ghost });
    expect(refused.data).toEqual({ node: null });
    expect(errorShape(refused, [theirs])).toEqual(errorShape(missing, [ghost]));
    expect(errorShape(refused)[0]).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND' } });
    expect(t.gw.calls('gravitino')).toEqual([]);
    // The owner of the grant reads it.
    expect((await t.as('root', GravitinoMetalakeNodeDocument, { id: theirs })).data?.node).toMatchObject({
      name: 'dev_lake',
    });
  });

  it('nodes(ids) mixing a granted and an ungranted metalake: the granted one, and null (NOT_FOUND) in place', async () => {
    const ids = [metalakeId('gravitino', 'dev_lake'), metalakeId('gravitino', 'prod_lake')];
    const result = await t.as('alpha', GravitinoMetalakeNodesDocument, { ids });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
    ]);
    expect(result.data?.nodes.map(nameOf)).toEqual([null, 'prod_lake']);
    expect(t.gw.calls('gravitino').map((call) => call.operation)).toEqual(['listMetalakes']);
  });
});
