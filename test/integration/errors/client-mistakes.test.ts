import { createHash } from 'node:crypto';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** What a client gets back: status, and each error's message and extensions. */
interface Answer {
  readonly status: number;
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Mistakes a client can make that the server detects itself: each gets its proper client code
 * and a message about the request, never "Unexpected error." / INTERNAL_SERVER_ERROR, and nothing
 * is called upstream.
 */
describe('client mistakes get client codes', () => {
  let gw: TestGateway;
  const lines: string[] = [];
  beforeAll(async () => {
    gw = await startTestGateway({ gateway: { log: (line) => lines.push(line) } });
  });
  beforeEach(() => {
    gw.resetEmulators();
    lines.length = 0;
  });
  afterEach(() => {
    // Not one of them was worth an upstream call or a masked-error line.
    for (const provider of ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'] as const)
      expect(gw.calls(provider)).toEqual([]);
    expect(lines.filter((line) => line.startsWith('masked'))).toEqual([]);
  });
  afterAll(() => gw.stop());

  const post = async (body: unknown, accept = 'application/graphql-response+json'): Promise<Answer> => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
    });
    const parsed = (await response.json()) as { errors?: Answer['errors'] };
    return { status: response.status, errors: parsed.errors ?? [] };
  };
  const only = (answer: Answer) => {
    expect(answer.errors).toHaveLength(1);
    return answer.errors[0];
  };

  it.each(['mutation', 'subscription'])(
    '%s { __typename } is a validation error saying the API is read-only (400)',
    async (type) => {
      const answer = await post({ query: `${type} { __typename }` });
      expect(answer.status).toBe(400);
      expect(only(answer)).toMatchObject({
        message: `This API does not support ${type} operations: it is read-only and has only queries.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    },
  );

  it('a mutation over application/json is refused with the same code (status per the legacy media type)', async () => {
    const answer = await post({ query: 'mutation M { __typename }' }, 'application/json');
    expect(only(answer)?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('an unknown operationName, or none among several operations, is OPERATION_RESOLUTION_FAILURE (400)', async () => {
    const unknown = await post({ query: 'query A { __typename }', operationName: 'B' });
    expect(unknown.status).toBe(400);
    expect(only(unknown)).toEqual({
      message: 'Unknown operation named "B".',
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
    });
    const ambiguous = await post({ query: 'query A { __typename } query B { __typename }' });
    expect(only(ambiguous)?.extensions).toEqual({ code: 'OPERATION_RESOLUTION_FAILURE' });
  });

  it('a persisted-query hash that does not match its query is BAD_REQUEST (400)', async () => {
    const answer = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(answer.status).toBe(400);
    expect(only(answer)).toEqual({
      message: 'The persisted query hash (sha256Hash) does not match the query sent with it.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('an unsupported persisted-query version is BAD_REQUEST (400)', async () => {
    const answer = await post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } });
    expect(answer.status).toBe(400);
    expect(only(answer)).toEqual({
      message: 'Unsupported persisted query version: only version 1 is supported.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('an unknown persisted-query hash keeps PERSISTED_QUERY_NOT_FOUND; a matching one registers and runs', async () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    expect(
      only(await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } }))?.extensions,
    ).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(
      (await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } })).errors,
    ).toEqual([]);
  });

  it('parse, validation and variable errors keep their codes and their own text', async () => {
    expect(only(await post({ query: '{ node(id: ' }))?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(only(await post({ query: '{ nodez }' }))).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringContaining('nodez'),
    });
    expect(
      only(await post({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: {} }))?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('a body that is no GraphQL request is BAD_REQUEST (400)', async () => {
    for (const body of [{ query: 12 }, {}, { query: '{ __typename }', variables: '{"a":1}' }]) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(only(answer)?.extensions).toEqual({ code: 'BAD_REQUEST' });
    }
  });
});
