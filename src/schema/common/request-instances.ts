import type { ConfiguredGravitino, ConfiguredInstance, ConfiguredInstances } from '../../domain/configured-instance';
import { PROVIDER_LABELS, type ProviderId } from '../../domain/provider-id';
import {
  requireGravitinoScope,
  resolveGravitinoMetalake,
  type GravitinoMetalakeScope,
} from '../../loaders/gravitino-scope';
import { instanceRegion, requireInstance, selectInstances, type InstanceSelection } from './instances';

/**
 * The instances one request may read: the tenant's granted view of the config, built once per request
 * (`context.instances`). Every resolver picks, checks and locates instances through it, so an
 * ungranted instance is refused exactly like an unconfigured one, in one place.
 */
export class RequestInstances implements ConfiguredInstances {
  readonly emrServerlessSpark: readonly ConfiguredInstance[];
  readonly paiDlc: readonly ConfiguredInstance[];
  readonly sae: readonly ConfiguredInstance[];
  readonly gravitino: readonly ConfiguredGravitino[];

  constructor(granted: ConfiguredInstances) {
    this.emrServerlessSpark = granted.emrServerlessSpark;
    this.paiDlc = granted.paiDlc;
    this.sae = granted.sae;
    this.gravitino = granted.gravitino;
  }

  /** One provider's instances, in config order. */
  of(provider: ProviderId): readonly ConfiguredInstance[] {
    switch (provider) {
      case 'EMR_SERVERLESS_SPARK':
        return this.emrServerlessSpark;
      case 'PAI_DLC':
        return this.paiDlc;
      case 'SAE':
        return this.sae;
      case 'GRAVITINO':
        return this.gravitino;
    }
  }

  /** The instances a root list reads for `filter.instances` / `filter.regions`; an unknown id is BAD_USER_INPUT. */
  select(provider: ProviderId, selection: InstanceSelection | null | undefined): ConfiguredInstance[] {
    return selectInstances(this.of(provider), selection, provider);
  }

  /** Refuses a global id whose instance is not configured (or not granted): it is not a jobgraph id. */
  require(provider: ProviderId, instanceId: string): void {
    requireInstance(this.of(provider), instanceId, PROVIDER_LABELS[provider]);
  }

  /** The region of the Alibaba instance an object was read from. */
  region(provider: ProviderId, instanceId: string): string {
    return instanceRegion(this.of(provider), instanceId, PROVIDER_LABELS[provider]);
  }

  /** The Gravitino instance serving a metalake a client named (see resolveGravitinoMetalake). */
  gravitinoMetalake(metalake: string, instanceId: string | null | undefined): ConfiguredGravitino {
    return resolveGravitinoMetalake(this.gravitino, metalake, instanceId);
  }

  /** Refuses a Gravitino global id whose instance or metalake is not configured (or not granted). */
  requireGravitinoScope(scope: GravitinoMetalakeScope): void {
    requireGravitinoScope(this.gravitino, scope);
  }
}
