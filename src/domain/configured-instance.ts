import type { ProviderId } from './provider-id';

/** One configured provider instance as a request sees it: an Alibaba account in a region, or a Gravitino server. */
export interface ConfiguredInstance {
  readonly id: string;
  readonly provider: ProviderId;
  /** The Alibaba region, or null for Gravitino. */
  readonly regionId: string | null;
}

/** A Gravitino server with the metalakes jobgraph may read on it (nothing else is queried). */
export interface ConfiguredGravitino extends ConfiguredInstance {
  readonly metalakes: readonly string[];
}

/** The configured instances of each provider, in config order. */
export interface ConfiguredInstances {
  readonly emrServerlessSpark: readonly ConfiguredInstance[];
  readonly paiDlc: readonly ConfiguredInstance[];
  readonly sae: readonly ConfiguredInstance[];
  readonly gravitino: readonly ConfiguredGravitino[];
}
