import { authStartupLines } from '../auth/auth-startup-lines';
import { createAuthenticator } from '../auth/create-authenticator';
import type { GatewayConfig } from '../config/gateway-config';
import { DRAIN_GRACE_MS_DEFAULT } from '../config/drain.config';
import { demoServerSettings, loadConfig, type Env } from '../config/load-config';
import { createTracerProviderFromEnv } from '../observability/tracing-sdk';
import { demoConfig } from './demo-config';
import {
  startEmulators,
  type EmulatorEndpoints,
  type RunningEmulators,
  type StartEmulatorsOptions,
} from '../emulators/start-emulators';
import { gatewayCursorCodec } from '../server/gateway-cursor-codec';
import { createProviderRegistry } from '../providers/provider-registry';
import { createUpstreamCache } from '../cache/create-upstream-cache';
import { CacheKeyValueStore } from '../cache/key-value-cache';
import { resolveCache } from '../config/cache.config';
import { buildGatewaySchema } from '../schema/build-schema';
import { buildJobgraphSubgraphSchema } from '../schema/build-subgraph-schema';
import { installProcessGuards } from '../server/process-guards';
import { loadManifest } from '../server/persisted-queries/manifest';
import { startGateway } from '../server/start-gateway';
import { toStartEmulatorsOptions, type RawOptions } from './emulate-options';
import { parseEmulatorEndpoints } from './emulator-endpoints-arg';
import { stderrLog } from './stderr-log';
import { waitForShutdown } from './wait-for-shutdown';

const SAMPLE_QUERY =
  '{ workspaces(first: 3) { nodes { workspaceName region jobRuns(first: 2) { nodes { name status } } } } }';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** Demo wiring: emulators already running (--emulators / JOBGRAPH_EMULATORS), or started here. */
async function demoWiring(
  raw: RawOptions,
  env: Env,
): Promise<{ config: GatewayConfig; endpoints: EmulatorEndpoints; emulators?: RunningEmulators }> {
  const given = typeof raw.emulators === 'string' ? raw.emulators : env.JOBGRAPH_EMULATORS;
  const server = demoServerSettings(env);
  if (given) {
    const source = typeof raw.emulators === 'string' ? '--emulators' : 'JOBGRAPH_EMULATORS';
    const endpoints = parseEmulatorEndpoints(given, source);
    return { config: demoConfig(endpoints, server), endpoints };
  }
  const { emulators: _ignored, ...emulatorFlags } = raw;
  // The demo's SAE takes comma-joined AppIds (unless --sae-field-value says strict) and the gateway
  // batches its lookups to match; emulators given by --emulators get the documented one id per call.
  const options: StartEmulatorsOptions = {
    saeFieldValue: 'comma-list',
    ...toStartEmulatorsOptions(emulatorFlags),
  };
  const emulators = await startEmulators(options);
  const config = demoConfig(emulators.endpoints, {
    ...server,
    saeBatchAppIdLookups: options.saeFieldValue === 'comma-list',
  });
  return { config, endpoints: emulators.endpoints, emulators };
}

/**
 * `jobgraph start` (the default): the GraphQL gateway. With JOBGRAPH_CONFIG it serves the configured
 * providers; without it, demo mode over the four emulators, and its first log line says so.
 */
export async function startCommand(raw: RawOptions, io: Io, env: Env): Promise<void> {
  // Installed first: nothing should reach them (every promise has an owner), but if something does, the gateway keeps serving.
  installProcessGuards({ log: (line) => io.stderr.write(`jobgraph: ${line}\n`) });
  const configured = loadConfig(env);
  const log = stderrLog(io.stderr, env, configured === undefined);
  const demo = configured ? undefined : await demoWiring(raw, env);
  const config = configured ?? (demo as { config: GatewayConfig }).config;
  // One cache per process, shared by every request (and, through Redis, by every process).
  const caching = createUpstreamCache(config.cache ?? resolveCache(), { log });
  const { cache } = caching;
  const providers = createProviderRegistry(config, { log, cache });
  // Set up here, in the process, not globally: OTEL_EXPORTER_OTLP_ENDPOINT unset means no tracing at all.
  const tracerProvider = createTracerProviderFromEnv(env);
  const drainGraceMs = config.server.drainGraceMs ?? DRAIN_GRACE_MS_DEFAULT;
  const schema = await buildGatewaySchema();
  const gateway = await startGateway({
    schema,
    ...(config.server.federation ? { subgraphSchema: buildJobgraphSubgraphSchema(schema) } : {}),
    providers,
    cursors: gatewayCursorCodec(config.server.cursorSecret),
    cacheStore: new CacheKeyValueStore(cache),
    // /metrics counts the cache's hits, misses, evictions and Redis state.
    cacheEvents: caching,
    port: config.server.port,
    host: config.server.host,
    limits: config.limits,
    // Mode none passes no authenticator: every request is the anonymous tenant.
    ...(config.auth.mode === 'none'
      ? {}
      : {
          authenticate: createAuthenticator(config.auth, config.tenants, (line) => log(line, 'warn')),
        }),
    schemaExposure: config.auth,
    rateLimit: config.rateLimit,
    ...(tracerProvider ? { tracerProvider } : {}),
    drainGraceMs,
    ...(config.server.metricsRequireAuth !== undefined
      ? { metrics: { requireAuth: config.server.metricsRequireAuth } }
      : {}),
    // A missing or malformed manifest stops startup here with a ConfigError, before anything listens.
    persistedQueries: {
      apq: config.persistedQueries.apq,
      ...(config.persistedQueries.safelist
        ? { safelist: loadManifest(config.persistedQueries.safelist.manifest) }
        : {}),
    },
    log,
  });
  const lines =
    config.mode === 'demo'
      ? [
          `jobgraph: demo mode (no JOBGRAPH_CONFIG): serving the four provider emulators${demo?.emulators ? ' started in-process' : ' given by --emulators/JOBGRAPH_EMULATORS'}.`,
          `jobgraph: GraphQL at ${gateway.url} (open it in a browser to query)`,
          `jobgraph: emulators ${JSON.stringify(demo?.endpoints)}`,
          `jobgraph: try: curl -s ${gateway.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY })}'`,
        ]
      : [`jobgraph: GraphQL at ${gateway.url} (${providers.all().length} provider instances configured)`];
  const auth = authStartupLines(config, gateway.url);
  if (auth.warning) io.stderr.write(`${auth.warning}\n`);
  io.stdout.write(`${[...lines, auth.info].join('\n')}\n`);
  const signal = await waitForShutdown();
  io.stderr.write(
    `jobgraph: ${signal} received, draining: new requests refused, up to ${drainGraceMs} ms for those in flight\n`,
  );
  const unfinished = await gateway.drain();
  if (unfinished > 0)
    log(`${unfinished} requests were still running when the drain grace period ended; they were cut`, 'warn');
  await providers.close();
  await cache.close();
  // Flushes the spans still batched; an unreachable collector must not keep the process up or fail it.
  await tracerProvider?.shutdown().catch(() => undefined);
  await demo?.emulators?.stop();
}
