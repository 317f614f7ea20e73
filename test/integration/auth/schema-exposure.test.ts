import { sha256Hex } from '../../../src/auth/api-key-hash';
import { createAuthenticator } from '../../../src/auth/create-authenticator';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { authFromYaml, postGraphQL } from './auth-http';

const KEY = 'jg_schema-exposure-test-key-0123456789abcdef';

function apiKeyConfig(extra = ''): string {
  return `
auth:
  mode: api_key
  apiKeys: [{ id: k1, tenant: team-a, sha256: ${sha256Hex(KEY)} }]
  ${extra}
tenants: [{ id: team-a }]
`;
}

const INTROSPECTION = [
  ['__schema', '{ __schema { queryType { name } } }'],
  ['__type', '{ __type(name: "Workspace") { fields { name } } }'],
] as const;

/** A misspelt field, argument and enum value: graphql-js would suggest the right names for each. */
const MISSPELT = [
  ['a field', '{ workspace(first: 1) { nodes { id } } }'],
  ['an argument', '{ workspaces(frist: 1) { nodes { id } } }'],
  ['an enum value', '{ jobs(first: 1, filter: { statuses: [FAILD] }) { nodes { id } } }'],
  [
    'an enum value in variables',
    'query($s: [JobStatus!]) { jobs(first: 1, filter: { statuses: $s }) { nodes { id } } }',
  ],
] as const;
const VARIABLES = { s: ['FAILD'] };

async function startWith(yaml: string | undefined): Promise<TestGateway> {
  if (yaml === undefined) return startTestGateway();
  const { auth, tenants } = authFromYaml(yaml);
  return startTestGateway({
    gateway: { authenticate: createAuthenticator(auth, tenants), schemaExposure: auth },
  });
}

describe('schema exposure follows auth', () => {
  const gateways: TestGateway[] = [];
  let demo: TestGateway;
  let locked: TestGateway;
  let opened: TestGateway;
  const auth = { authorization: `Bearer ${KEY}` };

  beforeAll(async () => {
    [demo, locked, opened] = await Promise.all([
      startWith(undefined),
      startWith(apiKeyConfig()),
      startWith(apiKeyConfig('introspection: true\n  suggestions: true')),
    ]);
    gateways.push(demo, locked, opened);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gw) => gw.stop()));
  });

  it.each(INTROSPECTION)(
    'refuses %s introspection to an authenticated caller when auth is on',
    async (_name, query) => {
      const response = await postGraphQL(locked.url, query, auth);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    },
  );

  it.each(INTROSPECTION)(
    'answers %s introspection in demo mode and when the config turns it on',
    async (_name, query) => {
      for (const [gw, headers] of [
        [demo, {}],
        [opened, auth],
      ] as const) {
        const response = await postGraphQL(gw.url, query, headers);
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data).toBeTruthy();
      }
    },
  );

  it('still answers __typename when introspection is off', async () => {
    const response = await postGraphQL(locked.url, '{ __typename }', auth);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ __typename: 'Query' });
  });

  it.each(MISSPELT)(
    'gives no "Did you mean" for %s when auth is on, and does in demo mode',
    async (_name, query) => {
      const variables = query.startsWith('query') ? VARIABLES : undefined;
      const lockedResponse = await postGraphQL(locked.url, query, auth, variables);
      expect(lockedResponse.body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(lockedResponse.body)).not.toMatch(/did you mean/i);
      const demoResponse = await postGraphQL(demo.url, query, {}, variables);
      expect(JSON.stringify(demoResponse.body)).toMatch(/did you mean/i);
    },
  );
});

describe('the GraphiQL landing page under auth', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startWith(apiKeyConfig());
  });
  afterAll(async () => gw?.stop());
  beforeEach(() => gw.resetEmulators());

  it('is served to a browser without credentials, with the headers editor open on an Authorization template', async () => {
    const response = await fetch(gw.url, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('"defaultEditorToolsVisibility":"headers"');
    expect(html).toContain('"isHeadersEditorEnabled":true');
    expect(html).toMatch(
      /"defaultHeaders":"\{\\n {2}\\"Authorization\\": \\"Bearer \\u003cyour API key or token>\\"/,
    );
    for (const asset of ['graphiql.min.js', 'graphiql.min.css']) {
      expect((await fetch(new URL(`/graphiql/${asset}`, gw.url))).status).toBe(200);
    }
  });

  it('gives no data without credentials: a GET query asking for JSON, or a POST, is 401 with no upstream call', async () => {
    const search = `?query=${encodeURIComponent('{ workspaces(first: 1) { nodes { id } } }')}`;
    const get = await fetch(`${gw.url}${search}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
    const post = await postGraphQL(gw.url, '{ workspaces(first: 1) { nodes { id } } }', {
      accept: 'text/html',
    });
    expect(post.status).toBe(401);
    expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
  });

  it('a GET query with credentials is answered as usual', async () => {
    const search = `?query=${encodeURIComponent('{ workspaces(first: 1) { nodes { id } } }')}`;
    const response = await fetch(`${gw.url}${search}`, {
      headers: {
        accept: 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${KEY}`,
      },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  });
});
