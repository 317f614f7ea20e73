import { createUpstreamCache, type GatewayCache } from '../../../src/cache/create-upstream-cache';
import { CacheKeyValueStore } from '../../../src/cache/key-value-cache';
import { demoConfig } from '../../../src/cli/demo-config';
import { resolveCache } from '../../../src/config/cache.config';
import { resolveRateLimit, type RateLimitOverrides } from '../../../src/config/rate-limit.config';
import type { EmulatedProvider, RunningEmulators } from '../../../src/emulators/start-emulators';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { createProviderRegistry } from '../../../src/providers/provider-registry';
import { buildGatewaySchema } from '../../../src/schema/build-schema';
import { startGateway, type RunningGateway } from '../../../src/server/start-gateway';
import { captureLogs, type CapturedLogs } from '../../helpers/logs-capture';
import { TEST_RESILIENCE } from '../../helpers/provider-instances';
import { tenantFromHeader } from '../../helpers/tenant-header';

/** One gateway replica as `jobgraph start` wires it: its own cache, providers and limiter, on the shared Redis. */
export interface Replica {
  readonly name: string;
  readonly url: string;
  /** Origin of the replica's listener (for /metrics). */
  readonly origin: string;
  readonly gateway: RunningGateway;
  readonly caching: GatewayCache;
  /** Everything the replica logged (cache, rate limiter, requests), as the CLI would write it. */
  readonly logs: CapturedLogs;
  stop(): Promise<void>;
}

/** What every replica of a pair shares: the emulators, the Redis URL, the config. */
export interface ReplicaSetup {
  readonly emulators: RunningEmulators;
  readonly redisUrl: string;
  /** Frozen: entries never age during the suite, so "0 upstream calls" cannot hinge on timing. */
  readonly now: () => number;
  readonly rateLimit: RateLimitOverrides;
}

/**
 * Starts one replica: a process's worth of state (memory tier, provider registry, limiter and
 * Redis connections) over the shared emulators and Redis, with the CLI's wiring: APQ on the shared
 * cache (CacheKeyValueStore), rate limits on `cache.redis`, the cache's events on /metrics.
 * Callers pick their tenant with TENANT_HEADER.
 */
export async function startReplica(name: string, setup: ReplicaSetup): Promise<Replica> {
  const logs = captureLogs();
  const cacheConfig = resolveCache({
    // Fast reconnects: recovery is awaited on the replicas' own log lines, not on a timer.
    redis: { url: setup.redisUrl, keyPrefix: 'replicas:', reconnectBaseMs: 50, reconnectMaxMs: 200 },
  });
  const caching = createUpstreamCache(cacheConfig, { log: logs.log, now: setup.now });
  if (!(await caching.cache.redisReady(5_000))) throw new Error(`replica ${name}: Redis did not connect`);
  const providers = createProviderRegistry(
    demoConfig(setup.emulators.endpoints, { port: 0, host: '127.0.0.1', resilience: TEST_RESILIENCE }),
    { cache: caching.cache, log: logs.log },
  );
  const gateway = await startGateway({
    schema: await buildGatewaySchema(),
    providers,
    // One secret for both, as a deployment shares it: a cursor from one replica pages on the other.
    cursors: new CursorCodec({ secret: Buffer.from('replica-cursor-secret'), maxAgeMs: 3_600_000 }),
    port: 0,
    host: '127.0.0.1',
    log: logs.log,
    authenticate: tenantFromHeader,
    cacheStore: new CacheKeyValueStore(caching.cache),
    cacheEvents: caching,
    rateLimit: resolveRateLimit(setup.rateLimit, cacheConfig.redis),
  });
  return {
    name,
    url: gateway.url,
    origin: new URL(gateway.url).origin,
    gateway,
    caching,
    logs,
    async stop() {
      await gateway.stop();
      await providers.close();
      await caching.cache.close();
    },
  };
}

const PROVIDERS: readonly EmulatedProvider[] = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'];

/** Every upstream call the four emulators logged since they were last cleared. */
export function emulatorCalls(emulators: RunningEmulators): number {
  return PROVIDERS.reduce((sum, provider) => sum + emulators.emulators[provider].requests().length, 0);
}

/** Clears the four emulators' request logs. */
export function clearEmulatorCalls(emulators: RunningEmulators): void {
  for (const provider of PROVIDERS) emulators.emulators[provider].clearRequests();
}

/** Resolves once `done()` holds (something a client reports on its own schedule); fails after 10 s. */
export async function until(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 10_000) throw new Error(`not reached in 10 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
