import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { GatewayBusyError } from '../../../src/errors/gateway-busy.error';
import { GatewayError } from '../../../src/errors/gateway-error';
import { QueryTooComplexError } from '../../../src/errors/query-too-complex.error';
import { ThrottledError } from '../../../src/errors/throttled.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { createRequestScope, runInRequestScope } from '../../../src/request/request-scope';
import { createFormatError } from '../../../src/server/format-error';
import { partialErrorsPlugin } from '../../../src/server/plugins/partial-errors.plugin';

/** How graphql-js hands a resolver's throw to formatError: located at a path, the throw as originalError. */
function fromResolver(
  thrown: unknown,
  path: (string | number)[] = ['jobs'],
): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(thrown instanceof Error ? thrown.message : String(thrown), {
    path,
    originalError: thrown instanceof Error ? thrown : new Error(String(thrown)),
  });
  return { formatted: { ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error };
}

function format(thrown: unknown, lines: string[] = []) {
  const formatError = createFormatError((line) => lines.push(line));
  const { formatted, error } = fromResolver(thrown);
  return runInRequestScope(createRequestScope('req-1', 'tenant-a', new AbortController().signal), () =>
    formatError(formatted, error),
  );
}

/** A GatewayError subclass that puts keys no allowlist knows into its extensions. */
class OverSharingError extends GatewayError<'NOT_FOUND'> {
  constructor() {
    super('No such job.', 'NOT_FOUND', {
      url: 'https://x.internal/y',
      stack: 'at a (b:1)',
      upstream: {
        provider: 'SAE',
        operation: 'ListJobs',
        code: 'jdbc:mysql://h/db',
        requestId: 'x',
        body: '{}',
      },
    });
  }
}

describe('formatError', () => {
  it('masks a thrown TypeError as exactly "Unexpected error." with INTERNAL_SERVER_ERROR and the request id', () => {
    const lines: string[] = [];
    expect(format(new TypeError('secret at http://x'), lines)).toEqual({
      message: 'Unexpected error.',
      path: ['jobs'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
    expect(lines).toEqual([
      'masked an unexpected TypeError request=req-1 path=jobs text="secret [redacted]"',
    ]);
  });

  it('masks an Error whose formatted code pretends to be a request error, when it comes from a resolver', () => {
    const formatError = createFormatError();
    const { error } = fromResolver(new Error('jdbc:mysql://h'));
    expect(
      formatError({ message: 'jdbc:mysql://h', path: ['x'], extensions: { code: 'BAD_USER_INPUT' } }, error),
    ).toMatchObject({ message: 'Unexpected error.' });
  });

  it('gives a request id even outside a request scope', () => {
    const formatError = createFormatError();
    const { formatted, error } = fromResolver(new TypeError('x'));
    expect(formatError(formatted, error).extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a GatewayError with only the keys its code allows, each value re-checked', () => {
    expect(format(new OverSharingError())).toEqual({
      message: 'No such job.',
      path: ['jobs'],
      extensions: {
        code: 'NOT_FOUND',
        upstream: { provider: 'SAE', operation: 'ListJobs', code: null, requestId: null },
      },
    });
    expect(format(new BadUserInputError('Bad first.', { argument: 'first' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  it('keeps the numbers of QUERY_TOO_COMPLEX, THROTTLED and GATEWAY_BUSY', () => {
    expect(format(new QueryTooComplexError('maxDepth', 12, 10)).extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxDepth',
      found: 12,
      maximum: 10,
    });
    expect(format(new ThrottledError('requests', 1500)).extensions).toEqual({
      code: 'THROTTLED',
      limit: 'requests',
      retryAfterMs: 1500,
    });
    expect(format(new GatewayBusyError('SAE')).extensions).toEqual({
      code: 'GATEWAY_BUSY',
      provider: 'SAE',
      retryAfterSeconds: 1,
    });
  });

  it('logs a failed upstream call once, with typed fields and the redacted text, however many fields it failed', () => {
    const lines: string[] = [];
    const formatError = createFormatError((line) => lines.push(line));
    const failure = new UpstreamError({
      provider: 'GRAVITINO',
      operation: 'listJobs',
      code: '1002',
      requestId: null,
      classification: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      status: 500,
      message: 'GRAVITINO listJobs is unavailable (HTTP 500, 1002); retry later.',
      upstreamText: 'RuntimeException: cannot open redis://:s3cret@cache.internal:6379/0',
    });
    for (const path of [['a'], ['b']]) {
      const { formatted, error } = fromResolver(failure, path);
      expect(formatError(formatted, error)).toMatchObject({
        message: failure.message,
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      });
    }
    expect(lines).toEqual([
      'upstream call failed: UPSTREAM_UNAVAILABLE provider=GRAVITINO operation=listJobs status=500 code=1002 upstreamRequestId=- request=- path=a text="RuntimeException: cannot open [redacted]"',
    ]);
  });

  it("shows the partial errors plugin's extras through the same allowlist", async () => {
    const formatError = createFormatError();
    const plugin = partialErrorsPlugin(formatError);
    const hooks = await plugin.requestDidStart?.({} as never);
    const result: { errors?: unknown[] } = {};
    const typed = new BadUserInputError('Bad filter.', { argument: 'filter' });
    await hooks?.willSendResponse?.({
      response: { body: { kind: 'single', singleResult: result } },
      contextValue: {
        partialErrors: [
          new GraphQLError(typed.message, {
            path: ['jobs'],
            extensions: typed.extensions,
            originalError: typed,
          }),
          new GraphQLError('ECONNREFUSED 10.0.0.7:443', {
            path: ['jobs'],
            extensions: { code: 'UPSTREAM_ERROR', host: '10.0.0.7' },
          }),
        ],
      },
    } as never);
    expect(result.errors).toEqual([
      { message: 'Bad filter.', path: ['jobs'], extensions: { code: 'BAD_USER_INPUT', argument: 'filter' } },
      {
        message: 'Unexpected error.',
        path: ['jobs'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      },
    ]);
  });
});
