import type { UpstreamCache } from '../cache/upstream-cache';
import type { GatewayConfig } from '../config/gateway-config';
import type { LogSink } from '../errors/log-sink';
import type { ProviderId } from '../domain/provider-id';
import {
  EmrServerlessSparkUpstreamProvider,
  type EmrServerlessSparkProvider,
} from './emr-serverless-spark/emr-serverless-spark.provider';
import { GravitinoUpstreamProvider, type GravitinoProvider } from './gravitino/gravitino.provider';
import { PaiDlcUpstreamProvider, type PaiDlcProvider } from './pai-dlc/pai-dlc.provider';
import { SaeUpstreamProvider, type SaeProvider } from './sae/sae.provider';
import type { UpstreamCallObserver } from './resilience/upstream-call-observer';
import type { BreakerState, UpstreamProvider } from './upstream-provider';

/** One configured provider instance: an account in a region, or a Gravitino server. */
export interface RegisteredInstance<P> {
  readonly id: string;
  readonly provider: ProviderId;
  /** The Alibaba region, or null for Gravitino. */
  readonly regionId: string | null;
  /** The instance's provider (`<P>Provider`), which the loaders read. */
  readonly client: P;
  breakerState(): BreakerState;
}

/** A Gravitino server with the metalakes jobgraph may read from it (nothing else is queried). */
export interface RegisteredGravitino extends RegisteredInstance<GravitinoProvider> {
  readonly metalakes: readonly string[];
}

/** Every configured instance, created once per process (breakers and pools are shared by all requests). */
export interface ProviderRegistry {
  readonly emrServerlessSpark: readonly RegisteredInstance<EmrServerlessSparkProvider>[];
  readonly paiDlc: readonly RegisteredInstance<PaiDlcProvider>[];
  readonly sae: readonly RegisteredInstance<SaeProvider>[];
  readonly gravitino: readonly RegisteredGravitino[];
  /** All instances, for readiness and metrics. */
  all(): readonly RegisteredInstance<unknown>[];
  /** Attaches a gateway's /metrics observer to every instance's call policy; returns its detach (absent on stand-in registries). */
  observeUpstream?(observer: UpstreamCallObserver): () => void;
  /** Releases connection pools. */
  close(): Promise<void>;
}

/** Finds an instance by id; undefined when the id is not configured. */
export function findInstance<T extends { readonly id: string }>(
  instances: readonly T[],
  id: string,
): T | undefined {
  return instances.find((instance) => instance.id === id);
}

/** The registry entry of one provider, the same for all four. */
function register<P extends UpstreamProvider>(
  provider: ProviderId,
  regionId: string | null,
  client: P,
): RegisteredInstance<P> {
  return { id: client.instanceId, provider, regionId, client, breakerState: () => client.breakerState };
}

/**
 * Creates every provider instance the config names. `log` is the gateway's logger (the same as
 * GatewayOptions.log), for what a provider works around: SAE's lookups falling back per id, values refused.
 * `cache` is the process's cross-request cache of upstream reads (src/cache); without it every read calls.
 */
export function createProviderRegistry(
  config: GatewayConfig,
  options: { readonly log?: LogSink; readonly cache?: UpstreamCache } = {},
): ProviderRegistry {
  const { providers } = config;
  const cached = options.cache ? { cache: options.cache } : {};
  const emrServerlessSpark = providers.emrServerlessSpark.map((instance) =>
    register(
      'EMR_SERVERLESS_SPARK',
      instance.regionId,
      EmrServerlessSparkUpstreamProvider.forInstance(instance, cached),
    ),
  );
  const paiDlc = providers.paiDlc.map((instance) =>
    register('PAI_DLC', instance.regionId, PaiDlcUpstreamProvider.forInstance(instance, cached)),
  );
  const sae = providers.sae.map((instance) =>
    register('SAE', instance.regionId, SaeUpstreamProvider.forInstance(instance, { ...options, ...cached })),
  );
  const gravitino = providers.gravitino.map((instance) => ({
    ...register('GRAVITINO', null, GravitinoUpstreamProvider.forInstance(instance, cached)),
    metalakes: instance.metalakes,
  }));
  const all: readonly RegisteredInstance<UpstreamProvider>[] = [
    ...emrServerlessSpark,
    ...paiDlc,
    ...sae,
    ...gravitino,
  ];
  return {
    emrServerlessSpark,
    paiDlc,
    sae,
    gravitino,
    all: () => all,
    observeUpstream: (observer) => {
      const detach = all.map((instance) => instance.client.observeCalls?.(observer));
      return () => detach.forEach((stop) => stop?.());
    },
    close: async () => {
      await Promise.all(all.map((instance) => instance.client.close()));
    },
  };
}
