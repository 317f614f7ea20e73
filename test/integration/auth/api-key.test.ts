import { createAuthenticator } from '../../../src/auth/create-authenticator';
import { sha256Hex } from '../../../src/auth/api-key-hash';
import { UNAUTHENTICATED_MESSAGE } from '../../../src/errors/unauthenticated.error';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { authFromYaml, postGraphQL, WORKSPACES, type RawResponse } from './auth-http';

const KEY_A = 'jg_key-of-team-a-0123456789abcdef0123456789';
const KEY_B = 'jg_key-of-team-b-0123456789abcdef0123456789';

const CONFIG = `
auth:
  mode: api_key
  apiKeys:
    - { id: a-1, tenant: team-a, sha256: ${sha256Hex(KEY_A)} }
    - { id: b-1, tenant: team-b, sha256: ${sha256Hex(KEY_B).toUpperCase()} }
tenants:
  - { id: team-a }
  - { id: team-b }
`;

function expectUnauthenticated(response: RawResponse): void {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  expect(response.body).toEqual({
    errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }],
  });
}

describe('API keys', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    const { auth, tenants } = authFromYaml(CONFIG);
    gw = await startTestGateway({
      gateway: { authenticate: createAuthenticator(auth, tenants), schemaExposure: auth },
    });
  });
  afterAll(async () => gw?.stop());
  beforeEach(() => gw.resetEmulators());

  it('accepts a configured key as Authorization: Bearer', async () => {
    const response = await postGraphQL(gw.url, WORKSPACES, { authorization: `Bearer ${KEY_A}` });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data?.workspaces as { nodes: unknown[] }).nodes).toHaveLength(2);
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces').length).toBeGreaterThan(0);
  });

  it('accepts a configured key as x-api-key (a hash stored in upper case too)', async () => {
    const response = await postGraphQL(gw.url, WORKSPACES, { 'x-api-key': KEY_B });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it.each([
    ['no credentials', {}],
    ['a wrong key', { authorization: `Bearer ${KEY_A}x` }],
    ['a wrong x-api-key', { 'x-api-key': 'jg_guess' }],
    ['another scheme', { authorization: `Basic ${Buffer.from(`u:${KEY_A}`).toString('base64')}` }],
    ['the hash instead of the key', { authorization: `Bearer ${sha256Hex(KEY_A)}` }],
  ])('refuses %s with 401, one message, and no upstream call', async (_name, headers) => {
    expectUnauthenticated(await postGraphQL(gw.url, WORKSPACES, headers));
    expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
  });

  it('refuses a key whose tenant is not configured, the same way as an unknown key', async () => {
    const { auth } = authFromYaml(CONFIG);
    const authenticate = createAuthenticator(auth, [{ id: 'team-b', grants: {} }]);
    const outcome = await authenticate({ headers: { authorization: `Bearer ${KEY_A}` } } as never);
    expect(outcome).toEqual(await authenticate({ headers: { authorization: 'Bearer jg_unknown' } } as never));
    expect('refuse' in outcome && outcome.refuse.status).toBe(401);
    expect('tenant' in (await authenticate({ headers: { 'x-api-key': KEY_B } } as never))).toBe(true);
  });

  it("acts for the key's tenant: a cursor made for one tenant is refused to the other", async () => {
    const first = await postGraphQL(gw.url, WORKSPACES, { authorization: `Bearer ${KEY_A}` });
    const cursor = (first.body.data?.workspaces as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = '{ workspaces(first: 2, after: $after) { nodes { id } } }'.replace(
      '{ workspaces',
      'query($after: String) { workspaces',
    );
    const sameTenant = await postGraphQL(
      gw.url,
      next,
      { authorization: `Bearer ${KEY_A}` },
      { after: cursor },
    );
    expect(sameTenant.body.errors).toBeUndefined();
    const otherTenant = await postGraphQL(gw.url, next, { 'x-api-key': KEY_B }, { after: cursor });
    expect(otherTenant.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
