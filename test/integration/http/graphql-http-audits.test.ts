import { serverAudits } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/**
 * The only audits allowed to come back short of `ok`, all `notice` (a MAY): graphql-http sends
 * these GETs without a preflight header, so Apollo's CSRF prevention refuses them, as it must.
 */
const KNOWN_CSRF_NOTICES = new Set([
  '5A70', // MAY accept application/x-www-form-urlencoded formatted GET requests
  'D6D5', // MAY allow URL-encoded JSON string {variables} in GETs (application/graphql-response+json)
  '6A70', // MAY allow URL-encoded JSON string {variables} in GETs (application/json)
]);

let gateway: TestGateway;
beforeAll(async () => {
  // Introspection on for the audit run (a production config may turn it off): BF61 and 28B9 send
  // `__type(...)` and expect 200 without errors.
  gateway = await startTestGateway({
    gateway: { schemaExposure: { introspection: true, suggestions: false } },
  });
});
afterAll(() => gateway.stop());

describe('graphql-http server audits (GraphQL-over-HTTP spec)', () => {
  for (const audit of serverAudits({ url: () => gateway.url, fetchFn: fetch })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'ok') return;
      if (result.status === 'notice' && KNOWN_CSRF_NOTICES.has(audit.id)) return;
      throw new Error(`${result.status}: ${result.reason}`);
    });
  }
});

describe('status codes the audits do not pin down', () => {
  const post = async (body: string, accept: string, contentType = 'application/json') => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': contentType, accept },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
    };
  };
  const JSON_TYPE = 'application/json';
  const GRAPHQL_RESPONSE = 'application/graphql-response+json';

  it.each([
    ['a parse error', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
    ['a validation error', { query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable coercion error',
      { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: null } },
      'BAD_USER_INPUT',
    ],
  ])(
    '%s is 200 as application/json and 400 as application/graphql-response+json',
    async (_name, request, code) => {
      const legacy = await post(JSON.stringify(request), JSON_TYPE);
      expect([legacy.status, legacy.type, legacy.body.errors?.[0]?.extensions?.code]).toEqual([
        200,
        expect.stringMatching(/^application\/json/),
        code,
      ]);
      const modern = await post(JSON.stringify(request), GRAPHQL_RESPONSE);
      expect([modern.status, modern.type, modern.body.errors?.[0]?.extensions?.code]).toEqual([
        400,
        expect.stringMatching(/^application\/graphql-response\+json/),
        code,
      ]);
    },
  );

  it.each([
    ['a body that is not JSON', '{"query": '],
    ['a request without a query', '{"variables": {}}'],
    ['a query that is not a string', '{"query": 42}'],
  ])('%s stays 400 in both media types', async (_name, body) => {
    expect((await post(body, JSON_TYPE)).status).toBe(400);
    expect((await post(body, GRAPHQL_RESPONSE)).status).toBe(400);
  });
});
