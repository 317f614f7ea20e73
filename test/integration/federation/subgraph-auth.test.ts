import { createAuthenticator } from '../../../src/auth/create-authenticator';
import { sha256Hex } from '../../../src/auth/api-key-hash';
import { buildGatewaySchema } from '../../../src/schema/build-schema';
import { buildJobgraphSubgraphSchema } from '../../../src/schema/build-subgraph-schema';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { authFromYaml, postGraphQL } from '../auth/auth-http';

const KEY = 'jg_key-of-team-a-0123456789abcdef0123456789';
const CONFIG = `
auth:
  mode: api_key
  apiKeys:
    - { id: a-1, tenant: team-a, sha256: ${sha256Hex(KEY)} }
tenants:
  - { id: team-a }
`;
const ENTITIES =
  '{ _entities(representations: [{ __typename: "Workspace", id: "x" }]) { ... on Workspace { id } } }';

describe('/subgraph is guarded like /graphql', () => {
  let gw: TestGateway;
  let subgraphUrl: string;

  beforeAll(async () => {
    const { auth, tenants } = authFromYaml(CONFIG);
    gw = await startTestGateway({
      gateway: {
        authenticate: createAuthenticator(auth, tenants),
        schemaExposure: auth,
        subgraphSchema: buildJobgraphSubgraphSchema(await buildGatewaySchema()),
      },
    });
    subgraphUrl = gw.url.replace(/\/graphql$/, '/subgraph');
  });
  afterAll(async () => gw?.stop());
  beforeEach(() => gw.resetEmulators());

  it('refuses a caller without credentials with 401 and no upstream call', async () => {
    const response = await postGraphQL(subgraphUrl, ENTITIES, {});
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
  });

  it('answers _service { sdl } to a caller with a key', async () => {
    const response = await postGraphQL(subgraphUrl, '{ _service { sdl } }', {
      authorization: `Bearer ${KEY}`,
    });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data?._service as { sdl: string }).sdl).toMatch(/@key\(fields: "id"\)/);
  });
});

describe('/subgraph without a subgraph schema', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.stop());

  it('is not served (404): federation is off by default', async () => {
    const response = await fetch(gw.url.replace(/\/graphql$/, '/subgraph'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});
