import type {
  ConfiguredGravitino,
  ConfiguredInstance,
  ConfiguredInstances,
} from '../../domain/configured-instance';
import { PROVIDER_LABELS, type ProviderId } from '../../domain/provider-id';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { notConfiguredInstance } from '../../errors/not-configured-instance';
import {
  requireGravitinoScope,
  resolveGravitinoMetalake,
  type GravitinoMetalakeScope,
} from '../../loaders/gravitino-scope';

/** Which instances a client asked a listing to read (`filter.instances`, `filter.regions`). */
export interface InstanceSelection {
  readonly instances?: readonly string[] | null;
  readonly regions?: readonly string[] | null;
}

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

  /** The instances a root list reads, in config order; an unknown instance id is the client's mistake. */
  select(provider: ProviderId, selection: InstanceSelection | null | undefined): ConfiguredInstance[] {
    const configured = this.of(provider);
    const ids = selection?.instances ?? null;
    const unknown = ids?.find((id) => !configured.some((instance) => instance.id === id));
    if (unknown !== undefined) throw notConfiguredInstance(provider, unknown, 'filter.instances');
    const regions = selection?.regions ?? null;
    return configured.filter(
      (instance) =>
        (ids === null || ids.includes(instance.id)) &&
        (regions === null || (instance.regionId !== null && regions.includes(instance.regionId))),
    );
  }

  /** Refuses a global id that names an instance we do not have (or do not grant): it is not (or no longer) ours. */
  require(provider: ProviderId, instanceId: string): void {
    if (!this.of(provider).some((instance) => instance.id === instanceId)) {
      throw new BadUserInputError(
        `The id is not a jobgraph id: its ${PROVIDER_LABELS[provider]} instance is not configured.`,
        { argument: 'id' },
      );
    }
  }

  /** The configured region of the Alibaba instance an object was read from. */
  region(provider: ProviderId, instanceId: string): string {
    const region = this.of(provider).find((instance) => instance.id === instanceId)?.regionId;
    // Objects only come from configured instances, and every Alibaba instance has a region.
    if (region == null)
      throw new Error(`${PROVIDER_LABELS[provider]} instance ${instanceId} has no configured region.`);
    return region;
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
