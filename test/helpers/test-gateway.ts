import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GatewayConfig } from '../../src/config/gateway-config';
import { demoConfig } from '../../src/cli/demo-config';
import type { LoggedRequest } from '../../src/emulators/shared/emulator-types';
import {
  startEmulators,
  type EmulatedProvider,
  type RunningEmulators,
  type StartEmulatorsOptions,
} from '../../src/emulators/start-emulators';
import { CursorCodec } from '../../src/pagination/cursor-codec';
import { createProviderRegistry, type ProviderRegistry } from '../../src/providers/provider-registry';
import { buildGatewaySchema } from '../../src/schema/build-schema';
import type { JobsSettings } from '../../src/jobs/jobs-settings';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/server/start-gateway';
import { TEST_RESILIENCE } from './provider-instances';
import type { UpstreamCache } from '../../src/cache/upstream-cache';

/** A GraphQL response as the tests read it. */
export interface GraphQLTestResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/**
 * The variables argument of `run`: left out when the document declares none (codegen types those as
 * an index signature of `never`), optional when every variable is, required otherwise.
 */
export type VariablesArgument<V> = string extends keyof V
  ? []
  : Record<string, never> extends V
    ? [variables?: V]
    : [variables: V];

/** Emulators plus a real gateway on loopback, both on port 0. */
export interface TestGateway {
  readonly url: string;
  readonly emulators: RunningEmulators;
  readonly providers: ProviderRegistry;
  readonly gateway: RunningGateway;
  /**
   * POSTs a generated operation (test/__generated__) over HTTP, as a client would: its variables
   * and its answer are typed by the document. Tests of malformed or abusive documents post their
   * raw text themselves, reading the status and extensions as well.
   */
  run<D extends TypedDocumentNode<unknown, never>>(
    document: D,
    ...variables: VariablesArgument<VariablesOf<D>>
  ): Promise<GraphQLTestResponse<ResultOf<D>>>;
  /** Clears every emulator's request log and pending faults. */
  resetEmulators(): void;
  /** One emulator's logged API calls (hooks excluded), optionally of one operation. */
  calls(provider: EmulatedProvider, operation?: string): LoggedRequest[];
  stop(): Promise<void>;
}

/** Options: emulator data, and a config built from their endpoints (demo wiring by default). */
export interface TestGatewayOptions {
  readonly emulators?: StartEmulatorsOptions;
  readonly config?: (base: GatewayConfig) => GatewayConfig;
  /** `Query.jobs` fan-out settings (e.g. a short page deadline). */
  readonly jobs?: JobsSettings;
  /** Further gateway options (limits, authentication, ...), over the test defaults. */
  readonly gateway?: Partial<Omit<GatewayOptions, 'schema' | 'providers'>>;
  /** The cross-request cache the providers read through (test/integration/cache); none by default, so counts stay per request. */
  readonly cache?: UpstreamCache;
}

/** Starts the four emulators and a gateway wired to them; stop it in afterAll. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const emulators = await startEmulators({ referenceTime: Date.UTC(2026, 10, 1), ...options.emulators });
  const base = demoConfig(emulators.endpoints, { port: 0, host: '127.0.0.1', resilience: TEST_RESILIENCE });
  const config = options.config ? options.config(base) : base;
  // The providers log through the gateway's logger, as in `jobgraph start`.
  const providers = createProviderRegistry(config, {
    ...(options.gateway?.log ? { log: options.gateway.log } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
  const gateway = await startGateway({
    schema: await buildGatewaySchema(),
    providers,
    cursors: new CursorCodec({ secret: Buffer.from('test-cursor-secret'), maxAgeMs: 24 * 3600 * 1000 }),
    port: 0,
    host: '127.0.0.1',
    log: () => undefined,
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...options.gateway,
  });
  return {
    url: gateway.url,
    emulators,
    providers,
    gateway,
    async run(document, ...[variables]) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLTestResponse<ResultOf<typeof document>>, 'status'>;
      return { status: response.status, ...body };
    },
    resetEmulators() {
      for (const emulator of Object.values(emulators.emulators)) emulator.clearRequests();
    },
    calls(provider, operation) {
      return emulators.emulators[provider]
        .requests()
        .filter((entry) => operation === undefined || entry.operation === operation);
    },
    async stop() {
      await gateway.stop();
      await providers.close();
      await emulators.stop();
    },
  };
}
