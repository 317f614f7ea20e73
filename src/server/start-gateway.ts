import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TracerProvider } from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLSchema } from 'graphql';
import type { Authentication } from '../auth/authentication';
import type { SchemaExposure } from '../config/auth.config';
import { DRAIN_GRACE_MS_DEFAULT } from '../config/drain.config';
import { LIMITS_DEFAULTS, type LimitsConfig } from '../config/limits.config';
import { resolvePersistedQueries } from '../config/persisted-queries.config';
import { resolveRateLimit, type RateLimitConfig } from '../config/rate-limit.config';
import { ANONYMOUS_TENANT, type Tenant } from '../domain/tenant';
import type { LogSink } from '../errors/log-sink';
import { DEFAULT_JOBS_SETTINGS, type JobsSettings } from '../jobs/jobs-settings';
import { createLoaders } from '../loaders/create-loaders';
import type { CursorCodec } from '../pagination/cursor-codec';
import type { ProviderRegistry } from '../providers/provider-registry';
import { RequestInstances } from '../schema/common/request-instances';
import type { GatewayContext } from '../schema/gateway-context';
import { createApolloServer } from './create-apollo-server';
import { GRAPHIQL_ASSET_PREFIX, serveGraphiqlAsset } from './graphiql-assets';
import { grantedProviders } from './granted-providers';
import { createGraphQLHttpHandler, sendJson } from './graphql-http-handler';
import { createPreParseCheck } from './limits/pre-parse-check';
import { costPlugin } from './plugins/cost.plugin';
import { upstreamReportPlugin } from './plugins/upstream-report.plugin';
import { cacheControlPlugin } from './plugins/cache-control.plugin';
import { rateLimitPlugin } from './plugins/rate-limit.plugin';
import { createRateLimiter } from './rate-limit/rate-limiter';
import { serveReadiness } from './readiness-endpoint';
import { traceResolvers } from '../observability/tracing-resolvers';
import { Drain, refuseWhileDraining } from './drain';
import { tracingPlugin } from './plugins/tracing.plugin';
import {
  persistedQueriesSetup,
  type PersistedQueriesSettings,
} from './persisted-queries/persisted-queries-setup';
import type { PersistedQueryStore } from './persisted-queries/query-store';
import type { CacheObserver } from '../cache/cache-observer';
import { GatewayMetrics } from '../observability/gateway-metrics';
import { RequestObserver } from '../observability/request-observer';
import { serveMetrics } from './metrics-endpoint';
import { serveWebApp } from './web-app';
import { requestMetricsPlugin } from './plugins/request-metrics.plugin';

/** What the gateway needs to serve. */
export interface GatewayOptions {
  readonly schema: GraphQLSchema;
  /**
   * The Apollo Federation 2 subgraph of `schema` (src/schema/build-subgraph-schema.ts), served at
   * /subgraph with /graphql's auth, limits, plugins and error masking; no /subgraph when absent.
   */
  readonly subgraphSchema?: GraphQLSchema;
  readonly providers: ProviderRegistry;
  readonly cursors: CursorCodec;
  readonly port: number;
  readonly host: string;
  /** One line per event, with its level (LogSink); never receives secrets, upstream URLs or stack traces. */
  readonly log: LogSink;
  /** `Query.jobs` fan-out; DEFAULT_JOBS_SETTINGS when absent. */
  readonly jobs?: JobsSettings;
  /** Request limits; LIMITS_DEFAULTS when absent. */
  readonly limits?: LimitsConfig;
  /**
   * Per-tenant request and upstream-call rates, counted on `rateLimit.redis` across replicas when
   * set; RATE_LIMIT_DEFAULTS (per process) when absent.
   */
  readonly rateLimit?: RateLimitConfig;
  /** Who is calling; every request is the anonymous tenant when absent (auth mode `none`). */
  readonly authenticate?: (req: IncomingMessage) => Promise<Authentication>;
  /** Introspection and suggestions; when absent, on without `authenticate` and off with it. */
  readonly schemaExposure?: SchemaExposure;
  /** APQ and the safelist; APQ on (per-process store), no safelist when absent. */
  readonly persistedQueries?: PersistedQueriesSettings;
  /**
   * Where APQ keeps registered queries, shared between gateways (any Apollo KeyValueCache); a
   * bounded per-process LRU when absent. The seam for the gateway's shared cache store.
   */
  readonly persistedQueryStore?: PersistedQueryStore;
  /**
   * The gateway's shared cache as an Apollo KeyValueCache (src/cache/key-value-cache.ts: memory,
   * shared through Redis when configured); APQ keeps its queries there unless
   * `persistedQueryStore` names another store.
   */
  readonly cacheStore?: KeyValueCache<string>;
  /** /metrics: whether scrapers must authenticate; when absent, only off a loopback listener. */
  readonly metrics?: { readonly requireAuth?: boolean };
  /** The process's cache (src/cache), whose hits, misses, evictions and Redis state /metrics counts. */
  readonly cacheEvents?: { observe(observer: CacheObserver): () => void };
  /**
   * Traces (a span per request, per resolver that reaches an upstream call, per upstream attempt);
   * nothing is traced, and resolvers stay unwrapped, when absent.
   */
  readonly tracerProvider?: TracerProvider;
  /** How long `drain()` lets requests in flight finish; DRAIN_GRACE_MS_DEFAULT when absent. */
  readonly drainGraceMs?: number;
  /** The built dashboard served at `/` (src/server/web-app.ts); web/dist when absent. */
  readonly webAppDir?: string;
}

/** A running gateway. */
export interface RunningGateway {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly url: string;
  readonly port: number;
  /** Closes at once: connections in flight are cut. */
  stop(): Promise<void>;
  /**
   * The graceful stop (SIGTERM): /readyz turns 503 and new GraphQL requests are refused with
   * SHUTTING_DOWN at once; requests in flight finish (up to `drainGraceMs`), then it stops.
   * Resolves with how many requests were still unfinished when the grace period ran out.
   */
  drain(): Promise<number>;
}

/** A listener only this machine can reach: where /metrics is open by default. */
function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Starts Apollo and the HTTP server: /graphql, /healthz, /readyz, /metrics. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const limits = options.limits ?? { ...LIMITS_DEFAULTS };
  const rateLimit = options.rateLimit ?? resolveRateLimit();
  // formatError writes the error lines itself, redacted (src/errors/error-log-line.ts).
  // Per gateway, not prom-client's global registry: several gateways may share a process (tests).
  const metrics = new GatewayMetrics(options.providers);
  // One limiter per gateway: its buckets outlive requests by design, and die with the server.
  // Its Redis connection reports to the cache's Redis gauge: one server, one health metric.
  const limiter = createRateLimiter(rateLimit, {
    log: options.log,
    onRedisState: (state) => metrics.cache.redisState(state),
  });
  // Shared from the first request when Redis answers; local buckets if it does not within connectTimeoutMs.
  await limiter?.ready?.();
  const detachUpstreamMetrics = options.providers.observeUpstream?.(metrics.upstream);
  const detachCacheMetrics = options.cacheEvents?.observe(metrics.cache);
  const requests = new RequestObserver(metrics, options.log);
  const tracer = options.tracerProvider?.getTracer('jobgraph');
  if (tracer) traceResolvers(options.schema);
  if (tracer && options.subgraphSchema) traceResolvers(options.subgraphSchema);
  const drain = new Drain();
  const persistedQueries = options.persistedQueries ?? { apq: resolvePersistedQueries().apq };
  // One APQ store (or safelist) for both schemas, as on Redis where they share the cache anyway:
  // the manifest is read once and the per-process store is not held twice.
  const persisted = persistedQueriesSetup(
    persistedQueries,
    limits,
    options.persistedQueryStore ?? options.cacheStore,
  );
  // One Apollo server per served schema, built alike: /subgraph gets /graphql's every rule.
  const createServerFor = (schema: GraphQLSchema, only: ApolloServerPlugin<GatewayContext>[] = []) =>
    createApolloServer(
      schema,
      options.log,
      [
        ...only,
        costPlugin({ limits }),
        upstreamReportPlugin(),
        cacheControlPlugin({
          maxAgeSeconds: persistedQueries.apq.getMaxAgeSeconds,
          shared: options.authenticate === undefined,
        }),
        ...(limiter ? [rateLimitPlugin(limiter)] : []),
        requestMetricsPlugin(requests),
        ...(tracer ? [tracingPlugin(tracer)] : []),
      ],
      { maxTokens: limits.maxTokens },
      {
        ...(options.schemaExposure ?? {
          introspection: !options.authenticate,
          suggestions: !options.authenticate,
        }),
        authRequired: options.authenticate !== undefined,
      },
      persisted,
    );
  const apollo = createServerFor(options.schema);
  const subgraphApollo = options.subgraphSchema
    ? // Apollo would add per-resolver timings (ftv1) to any caller's response on request: not ours to give.
      createServerFor(options.subgraphSchema, [ApolloServerPluginInlineTraceDisabled()])
    : undefined;
  await apollo.start();
  await subgraphApollo?.start();
  // Without auth every caller is the anonymous tenant: /graphql, /subgraph, /metrics and /readyz alike.
  const authenticate = options.authenticate ?? (async () => ({ tenant: ANONYMOUS_TENANT }));
  const handlerOptions: Parameters<typeof createGraphQLHttpHandler>[1] = {
    authenticate,
    createContext: async (tenant, scope): Promise<GatewayContext> => {
      // The tenant's view of the config: ungranted instances and metalakes are not there at all.
      const granted = grantedProviders(options.providers, tenant);
      const instances = new RequestInstances(granted);
      return {
        requestId: scope.requestId,
        tenant,
        scope,
        loaders: createLoaders(granted),
        instances,
        cursors: options.cursors.forTenant(tenant.id),
        partialErrors: [],
        jobs: options.jobs ?? DEFAULT_JOBS_SETTINGS,
        cost: { requestedObjects: null, requestedUpstreamCalls: null },
      };
    },
    requestDeadlineMs: limits.requestDeadlineMs,
    maxBodyBytes: limits.maxBodyBytes,
    refuseBeforeParse: createPreParseCheck(limits),
    onScope: (req, scope) => requests.bind(req, scope),
    onRefused: (req, body) => requests.refused(req, body),
    ...(limiter ? { admitRequest: (tenant: Tenant) => limiter.admitRequest(tenant.id) } : {}),
  };
  const graphql = createGraphQLHttpHandler(apollo, handlerOptions);
  const subgraph = subgraphApollo ? createGraphQLHttpHandler(subgraphApollo, handlerOptions) : undefined;
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler =
      url.pathname === '/graphql' ? graphql : url.pathname === '/subgraph' ? subgraph : undefined;
    if (handler) {
      requests.begin(req, res);
      if (drain.draining) return refuseWhileDraining(res, (body) => requests.refused(req, body));
      return handler(req, res, url.search);
    }
    // Load balancers stop sending here; /healthz stays 200 (the process is fine, only leaving).
    if (drain.draining && url.pathname === '/readyz')
      return sendJson(res, 503, { status: 'draining' }, { 'cache-control': 'no-store' });
    if (
      url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX) &&
      serveGraphiqlAsset(url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length), res)
    )
      return;
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/metrics')
      return serveMetrics(
        req,
        res,
        metrics,
        options.metrics?.requireAuth ?? !isLoopbackHost(options.host),
        authenticate,
      );
    if (url.pathname === '/readyz')
      return serveReadiness(req, res, url.searchParams, options.providers, authenticate);
    if (await serveWebApp(req, res, url.pathname, options.webAppDir)) return;
    return sendJson(res, 404, { error: 'Not found. GraphQL is served at /graphql.' });
  };
  const server = createServer((req, res) => {
    drain.track(res);
    route(req, res).catch(() => {
      if (res.headersSent) return void res.destroy();
      const body = {
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      };
      requests.refused(req, body);
      sendJson(res, 500, body);
    });
  });
  // Slow clients may not hold sockets for Node's defaults (60 s headers, 300 s request).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const running: RunningGateway = {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await subgraphApollo?.stop();
      await limiter?.close?.();
      detachUpstreamMetrics?.();
      detachCacheMetrics?.();
      metrics.clear();
    },
    drain: async () => {
      drain.begin();
      const unfinished = await drain.settled(options.drainGraceMs ?? DRAIN_GRACE_MS_DEFAULT);
      await running.stop();
      return unfinished;
    },
  };
  return running;
}
