import { sha256Hex } from '../../src/auth/api-key-hash';
import { createAuthenticator } from '../../src/auth/create-authenticator';
import { demoConfig } from '../../src/cli/demo-config';
import { parseConfig } from '../../src/config/load-config';
import type { LoggedRequest } from '../../src/emulators/shared/emulator-types';
import {
  EMULATED_PROVIDERS,
  startEmulators,
  type EmulatedProvider,
  type RunningEmulators,
} from '../../src/emulators/start-emulators';
import { CursorCodec } from '../../src/pagination/cursor-codec';
import { createProviderRegistry, type ProviderRegistry } from '../../src/providers/provider-registry';
import { buildGatewaySchema } from '../../src/schema/build-schema';
import { buildJobgraphSubgraphSchema } from '../../src/schema/build-subgraph-schema';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway';
import { startAnnotationsSubgraph, type AnnotationsSubgraph } from './annotations-subgraph';
import { startLoadBalancer, type LoadBalancer } from './load-balancer';
import { TEST_RESILIENCE } from './provider-instances';
import { composeSupergraph } from './supergraph-composition';
import { startSupergraphGateway, type SupergraphGateway } from './supergraph-gateway';

/** The API key the stack's tenant sends: `Authorization: Bearer <KEY>`. */
export const SUPERGRAPH_API_KEY = 'jg_key-of-team-a-0123456789abcdef0123456789';

/** The key's header, as a client of the gateway sends it. */
export const AUTHORIZED = { authorization: `Bearer ${SUPERGRAPH_API_KEY}` } as const;

/** A second tenant's key: team-b may read no EMR instance, so its workspaces differ from team-a's. */
export const TEAM_B_API_KEY = 'jg_key-of-team-b-0123456789abcdef0123456789';

const AUTH_CONFIG = `
auth:
  mode: api_key
  apiKeys:
    - { id: a-1, tenant: team-a, sha256: ${sha256Hex(SUPERGRAPH_API_KEY)} }
    - { id: b-1, tenant: team-b, sha256: ${sha256Hex(TEAM_B_API_KEY)} }
tenants:
  - { id: team-a }
  - { id: team-b, grants: { instances: { emrServerlessSpark: [] } } }
`;

/** One jobgraph replica: its own provider registry and server, as a second process would have. */
export interface Replica {
  readonly gateway: RunningGateway;
  readonly providers: ProviderRegistry;
  /** Stopped already (by a test), so the stack's stop skips it. */
  stopped: boolean;
}

/** A GraphQL answer as the supergraph tests read it. */
export interface Answer {
  readonly status: number;
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

/**
 * A supergraph as a user runs one: the four emulators; two jobgraph replicas (server.federation on,
 * api-key auth) reading them; a round-robin load balancer giving the replicas one subgraph URL;
 * the annotations subgraph; their composition served by the real Hive Gateway in its own process.
 */
export interface SupergraphStack {
  readonly emulators: RunningEmulators;
  readonly replicas: readonly [Replica, Replica];
  readonly balancer: LoadBalancer;
  readonly annotations: AnnotationsSubgraph;
  readonly gateway: SupergraphGateway;
  /** Replica 0's plain /graphql, the reference answers are read from. */
  readonly plainUrl: string;
  /** Replica 0's /subgraph, for entity fetches sent straight to jobgraph. */
  readonly subgraphUrl: string;
  /** POSTs a document (with the api key unless `headers` says otherwise). */
  post(url: string, query: string, variables?: object, headers?: Record<string, string>): Promise<Answer>;
  /** Every emulator's logged API calls, as `provider operation`, sorted. */
  upstreamCalls(): string[];
  /** One emulator's logged calls. */
  calls(provider: EmulatedProvider, operation?: string): LoggedRequest[];
  /** Clears request logs, faults and every count (emulators, balancer, annotations). */
  reset(): void;
  stop(): Promise<void>;
}

async function startReplica(emulators: RunningEmulators): Promise<Replica> {
  const config = demoConfig(emulators.endpoints, { port: 0, host: '127.0.0.1', resilience: TEST_RESILIENCE });
  const { auth, tenants } = parseConfig(AUTH_CONFIG, {}, 'supergraph-test.yaml');
  const providers = createProviderRegistry(config, {});
  const schema = await buildGatewaySchema();
  const gateway = await startGateway({
    schema,
    subgraphSchema: buildJobgraphSubgraphSchema(schema),
    providers,
    // One secret for both replicas, as a deployment shares it: a cursor from one works on the other.
    cursors: new CursorCodec({ secret: Buffer.from('supergraph-cursor-secret'), maxAgeMs: 24 * 3600 * 1000 }),
    port: 0,
    host: '127.0.0.1',
    log: () => undefined,
    authenticate: createAuthenticator(auth, tenants),
    schemaExposure: auth,
  });
  return { gateway, providers, stopped: false };
}

/** Starts the whole stack (stop it in afterAll). */
export async function startSupergraphStack(): Promise<SupergraphStack> {
  const emulators = await startEmulators({ referenceTime: Date.UTC(2026, 10, 1) });
  const replicas = [await startReplica(emulators), await startReplica(emulators)] as const;
  const origins = replicas.map((replica) => new URL(replica.gateway.url).origin);
  const balancer = await startLoadBalancer(origins);
  const annotations = await startAnnotationsSubgraph();
  const composition = composeSupergraph({
    jobgraph: `${balancer.origin}/subgraph`,
    annotations: annotations.url,
  });
  if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
  const gateway = await startSupergraphGateway(composition.supergraphSdl);
  const calls = (provider: EmulatedProvider, operation?: string) =>
    emulators.emulators[provider]
      .requests()
      .filter((entry) => operation === undefined || entry.operation === operation);
  return {
    emulators,
    replicas,
    balancer,
    annotations,
    gateway,
    plainUrl: replicas[0].gateway.url,
    subgraphUrl: replicas[0].gateway.url.replace(/\/graphql$/, '/subgraph'),
    async post(url, query, variables, headers = AUTHORIZED) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
    },
    upstreamCalls: () =>
      EMULATED_PROVIDERS.flatMap((provider) =>
        calls(provider).map((call) => `${provider} ${call.operation}`),
      ).sort(),
    calls,
    reset() {
      for (const emulator of Object.values(emulators.emulators)) emulator.clearRequests();
      balancer.reset();
      annotations.reset();
    },
    async stop() {
      await gateway.stop();
      await annotations.stop();
      await balancer.stop();
      for (const replica of replicas) {
        if (!replica.stopped) await replica.gateway.stop();
        await replica.providers.close();
      }
      await emulators.stop();
    },
  };
}
