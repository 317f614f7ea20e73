import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { GatewayConfig } from '../../../src/config/gateway-config';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { createProviderRegistry, type ProviderRegistry } from '../../../src/providers/provider-registry';
import { currentRequestScope } from '../../../src/request/request-scope';
import { startGateway, type RunningGateway } from '../../../src/server/start-gateway';
import { KEY_SHAPED } from '../../helpers/key-shaped';

/**
 * A schema built for this test, served by the real gateway stack (HTTP handler, request scope,
 * Apollo, formatError), whose resolvers fail in the ways nothing in the real schema fails on purpose.
 */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      fine: { type: GraphQLString, resolve: () => 'ok' },
      requestId: { type: GraphQLString, resolve: () => currentRequestScope()?.requestId ?? null },
      typeError: {
        type: GraphQLString,
        resolve: () => {
          throw new TypeError('secret at http://metastore.internal:9083/x?token=hunter2');
        },
      },
      rejected: {
        type: GraphQLString,
        resolve: () =>
          Promise.reject(
            new Error(`connect ECONNREFUSED 10.0.0.7:443 AccessKeyId=${KEY_SHAPED.alibabaAccessKeyId}`),
          ),
      },
      thrownString: {
        type: GraphQLString,
        resolve: () => {
          // What a careless dependency may do.
          throw 'password=hunter2';
        },
      },
      badInput: {
        type: GraphQLString,
        resolve: () => {
          throw new BadUserInputError('first must be 1..100.', { argument: 'first' });
        },
      },
      upstream: {
        type: GraphQLString,
        resolve: () => {
          throw new UpstreamError({
            provider: 'PAI_DLC',
            operation: 'ListJobs',
            code: 'Throttling.User',
            requestId: 'not-a-uuid redis://:s3cret@cache.internal:6379/0',
            classification: 'UPSTREAM_THROTTLED',
            retryable: true,
            status: 400,
            message: 'PAI_DLC ListJobs was throttled (HTTP 400, Throttling.User); retry later.',
            upstreamText:
              'Request was denied due to user flow control, see jdbc:mysql://db.prod.example.com:3306/g?password=hunter2',
          });
        },
      },
    },
  }),
});

describe('client-facing errors: the masking branch, over HTTP', () => {
  let gateway: RunningGateway;
  let providers: ProviderRegistry;
  const lines: string[] = [];
  const post = async (query: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      body: JSON.parse(text) as {
        data?: Record<string, unknown>;
        errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
      },
    };
  };

  beforeAll(async () => {
    providers = createProviderRegistry({
      providers: { emrServerlessSpark: [], paiDlc: [], sae: [], gravitino: [] },
    } as unknown as GatewayConfig);
    gateway = await startGateway({
      schema,
      providers,
      cursors: new CursorCodec({ secret: Buffer.from('test-cursor-secret'), maxAgeMs: 60_000 }),
      port: 0,
      host: '127.0.0.1',
      // The access line each request ends with (level info) is not what these tests are about.
      log: (line, level) => void (level === 'info' || lines.push(line)),
    });
  });
  beforeEach(() => {
    lines.length = 0;
  });
  afterAll(async () => {
    await gateway.stop();
    await providers.close();
  });

  it.each(['typeError', 'rejected', 'thrownString'])(
    'a %s in a resolver is exactly "Unexpected error." with INTERNAL_SERVER_ERROR and the request id, next to the data that resolved',
    async (field) => {
      const { body, text } = await post(`{ fine requestId ${field} }`);
      expect(body.data).toEqual({
        fine: 'ok',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        [field]: null,
      });
      expect(body.errors).toEqual([
        {
          message: 'Unexpected error.',
          locations: [expect.any(Object)],
          path: [field],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: body.data?.requestId },
        },
      ]);
      expect(text).not.toMatch(
        /secret|hunter2|metastore|ECONNREFUSED|10\.0\.0\.7|LTAI|password|TypeError|stacktrace|\bat \S+ \(/,
      );
      // The server's line names the request the client was told about, and carries no secret either.
      expect(lines).toEqual([
        expect.stringContaining(`request=${String(body.data?.requestId)} path=${field}`),
      ]);
      expect(lines.join('\n')).not.toMatch(/hunter2|metastore|10\.0\.0\.7|LTAI|:\/\//);
    },
  );

  it('each request has its own id', async () => {
    const first = await post('{ typeError }');
    const second = await post('{ typeError }');
    expect(first.body.errors?.[0]?.extensions?.requestId).not.toEqual(
      second.body.errors?.[0]?.extensions?.requestId,
    );
  });

  it('a GatewayError keeps its code, message and allowed extensions', async () => {
    const { body } = await post('{ badInput }');
    expect(body.errors).toEqual([
      {
        message: 'first must be 1..100.',
        locations: [expect.any(Object)],
        path: ['badInput'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      },
    ]);
  });

  it('an UpstreamError shows only typed fields; its upstream text reaches the log redacted', async () => {
    const { body, text } = await post('{ upstream }');
    expect(body.errors?.[0]).toEqual({
      message: 'PAI_DLC ListJobs was throttled (HTTP 400, Throttling.User); retry later.',
      locations: [expect.any(Object)],
      path: ['upstream'],
      extensions: {
        code: 'UPSTREAM_THROTTLED',
        upstream: { provider: 'PAI_DLC', operation: 'ListJobs', code: 'Throttling.User', requestId: null },
      },
    });
    expect(text).not.toMatch(/s3cret|hunter2|denied|jdbc/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^upstream call failed: UPSTREAM_THROTTLED provider=PAI_DLC operation=ListJobs status=400 code=Throttling\.User upstreamRequestId=- request=[0-9a-f-]{36} path=upstream text="Request was denied due to user flow control, see \[redacted\]"$/,
    );
  });
});
