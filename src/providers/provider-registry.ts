import type { GatewayConfig } from '../config/gateway-config';
import type { ProviderId } from '../domain/provider-id';
import { EmrServerlessSparkProvider } from './emr-serverless-spark/emr-serverless-spark.provider';
import { GravitinoJobsProvider } from './gravitino/gravitino.provider';
import { PaiDlcProvider } from './pai-dlc/pai-dlc.provider';
import { SaeProvider } from './sae/sae.provider';

/** Breaker state of one instance, as /readyz reports it. */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** One configured provider instance: an account in a region, or a Gravitino server. */
export interface RegisteredInstance<P> {
  readonly id: string;
  readonly provider: ProviderId;
  /** The Alibaba region, or null for Gravitino. */
  readonly regionId: string | null;
  readonly client: P;
  breakerState(): BreakerState;
}

/** A Gravitino server with the metalakes jobgraph may read from it (nothing else is queried). */
export interface RegisteredGravitino extends RegisteredInstance<GravitinoJobsProvider> {
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

/** Creates every provider instance the config names. */
export function createProviderRegistry(config: GatewayConfig): ProviderRegistry {
  const emrServerlessSpark = config.providers.emrServerlessSpark.map((instance) => {
    const client = EmrServerlessSparkProvider.forInstance(instance);
    return {
      id: instance.id,
      provider: 'EMR_SERVERLESS_SPARK' as const,
      regionId: instance.regionId,
      client,
      breakerState: () => client.breakerState,
    };
  });
  const paiDlc = config.providers.paiDlc.map((instance) => {
    const client = PaiDlcProvider.forInstance(instance);
    return {
      id: instance.id,
      provider: 'PAI_DLC' as const,
      regionId: instance.regionId,
      client,
      breakerState: () => client.breakerState,
    };
  });
  const sae = config.providers.sae.map((instance) => {
    const client = SaeProvider.forInstance(instance);
    return {
      id: instance.id,
      provider: 'SAE' as const,
      regionId: instance.regionId,
      client,
      breakerState: () => client.breakerState,
    };
  });
  const gravitino = config.providers.gravitino.map((instance) => {
    const client = GravitinoJobsProvider.forInstance(instance);
    return {
      id: instance.id,
      provider: 'GRAVITINO' as const,
      regionId: null,
      client,
      metalakes: instance.metalakes,
      breakerState: () => client.breakerState,
    };
  });
  const all = [...emrServerlessSpark, ...paiDlc, ...sae, ...gravitino];
  return {
    emrServerlessSpark,
    paiDlc,
    sae,
    gravitino,
    all: () => all,
    close: async () => {
      await Promise.all(gravitino.map((instance) => instance.client.close()));
    },
  };
}
