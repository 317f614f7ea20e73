import type { ConfiguredInstances } from '../../domain/configured-instance';

/** A configured instance as the estimate sees it. */
export interface CostInstance {
  readonly id: string;
  readonly regionId: string | null;
}

/**
 * What the cost estimate knows about the deployment: how many instances (and Gravitino
 * metalakes) a root list or a batched lookup can fan out to. Read once from the registry at start;
 * nothing request-scoped.
 */
export interface CostEnvironment {
  readonly emrServerlessSpark: readonly CostInstance[];
  readonly paiDlc: readonly CostInstance[];
  readonly sae: readonly CostInstance[];
  readonly gravitino: readonly (CostInstance & { readonly metalakes: readonly string[] })[];
}

/** Environments made, by the EMR instance list they were made from (see costEnvironmentOf). */
const environments = new WeakMap<
  readonly unknown[],
  { readonly providers: ConfiguredInstances; readonly environment: CostEnvironment }
>();

/**
 * The environment of a set of configured instances (the registry, or a request's granted view).
 * Each request has its own view object, but an unlimited tenant's holds the registry's own lists:
 * the environment made from the same four lists is returned again, the same object, so verdicts
 * kept per environment (OperationCheckMemo) are found by the next request.
 */
export function costEnvironmentOf(providers: ConfiguredInstances): CostEnvironment {
  const known = environments.get(providers.emrServerlessSpark);
  if (
    known &&
    known.providers.paiDlc === providers.paiDlc &&
    known.providers.sae === providers.sae &&
    known.providers.gravitino === providers.gravitino
  )
    return known.environment;
  const environment = makeCostEnvironment(providers);
  environments.set(providers.emrServerlessSpark, {
    providers: {
      emrServerlessSpark: providers.emrServerlessSpark,
      paiDlc: providers.paiDlc,
      sae: providers.sae,
      gravitino: providers.gravitino,
    },
    environment,
  });
  return environment;
}

function makeCostEnvironment(providers: ConfiguredInstances): CostEnvironment {
  const plain = (instances: readonly CostInstance[]) =>
    instances.map(({ id, regionId }) => ({ id, regionId }));
  return {
    emrServerlessSpark: plain(providers.emrServerlessSpark),
    paiDlc: plain(providers.paiDlc),
    sae: plain(providers.sae),
    gravitino: providers.gravitino.map(({ id, regionId, metalakes }) => ({ id, regionId, metalakes })),
  };
}

/** Every configured Gravitino metalake: the unit Gravitino's lookups are batched by. */
export function gravitinoMetalakeCount(environment: CostEnvironment): number {
  return environment.gravitino.reduce((sum, instance) => sum + instance.metalakes.length, 0);
}

/**
 * How many instances a root list reads for a `filter.instances` / `filter.regions` selection, the
 * same way `selectInstances` picks them (an unknown instance is refused there, at no cost).
 */
export function selectedInstanceCount(instances: readonly CostInstance[], filter: unknown): number {
  const selection = (filter ?? {}) as { instances?: unknown; regions?: unknown };
  const ids = Array.isArray(selection.instances) ? (selection.instances as unknown[]) : null;
  const regions = Array.isArray(selection.regions) ? (selection.regions as unknown[]) : null;
  return instances.filter(
    (instance) =>
      (ids === null || ids.includes(instance.id)) &&
      (regions === null || (instance.regionId !== null && regions.includes(instance.regionId))),
  ).length;
}
