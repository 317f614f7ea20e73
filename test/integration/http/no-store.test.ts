import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { demoConfig } from '../../../src/cli/demo-config';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { createProviderRegistry, type ProviderRegistry } from '../../../src/providers/provider-registry';
import { buildGatewaySchema } from '../../../src/schema/build-schema';
import { startGateway, type RunningGateway } from '../../../src/server/start-gateway';
import { TEST_RESILIENCE } from '../../helpers/provider-instances';

/** Every field's resolver, by `Type.field`. */
function resolvers(schema: GraphQLSchema): Map<string, GraphQLFieldResolver<unknown, unknown> | undefined> {
  const out = new Map<string, GraphQLFieldResolver<unknown, unknown> | undefined>();
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !type.name.startsWith('__'))
      for (const field of Object.values(type.getFields()))
        out.set(`${type.name}.${field.name}`, field.resolve);
  return out;
}

// Nothing here reaches a provider (only __typename and a validation failure): the endpoints are never called.
const UNUSED = 'http://127.0.0.1:9';

describe("Apollo's cache-control plugin is off: answers still say no-store, resolvers stay unwrapped", () => {
  let schema: GraphQLSchema;
  let before: ReturnType<typeof resolvers>;
  let providers: ProviderRegistry;
  let gateway: RunningGateway;
  beforeAll(async () => {
    schema = await buildGatewaySchema();
    before = resolvers(schema);
    const endpoints = { emrServerlessSpark: UNUSED, paiDlc: UNUSED, sae: UNUSED, gravitino: UNUSED };
    providers = createProviderRegistry(
      demoConfig(endpoints, { port: 0, host: '127.0.0.1', resilience: TEST_RESILIENCE }),
    );
    gateway = await startGateway({
      schema,
      providers,
      cursors: new CursorCodec({ secret: Buffer.from('no-store-test'), maxAgeMs: 60_000 }),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await providers.close();
  });

  it('answers an executed query and a query that fails validation with cache-control: no-store', async () => {
    for (const [query, failed] of [
      ['{ __typename }', false],
      ['{ noSuchField }', true],
    ] as const) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      expect(body.errors !== undefined).toBe(failed);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('leaves every field resolver of the served schema as built after executing operations', () => {
    const after = resolvers(schema);
    const wrapped = [...before]
      .filter(([name, resolve]) => after.get(name) !== resolve)
      .map(([name]) => name);
    expect(wrapped).toEqual([]);
  });
});
