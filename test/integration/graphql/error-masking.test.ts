import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describe('client-facing errors', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.stop());

  it('shows validation and parse errors with their own code and message', async () => {
    const invalid = await gateway.query('{ nodez }');
    // 200, not 400: an application/json answer to a well-formed request (GraphQL-over-HTTP legacy rules).
    expect(invalid.status).toBe(200);
    expect(invalid.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringContaining('nodez') });
    const broken = await gateway.query('{ node(id: ');
    expect(broken.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('shows variable errors as BAD_USER_INPUT', async () => {
    const response = await gateway.query('query ($id: ID!) { node(id: $id) { id } }', {});
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('never sends stack traces or internal details', async () => {
    const response = await gateway.query('{ node(id: "x") { id } }');
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/stacktrace|\bat \S+ \(|node_modules|127\.0\.0\.1/);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['node'] });
  });
});
