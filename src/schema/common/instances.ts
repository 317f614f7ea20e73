import { BadUserInputError } from '../../errors/bad-user-input.error';
import { findInstance, type RegisteredInstance } from '../../providers/provider-registry';

/** Which instances a client asked a listing to read (`filter.instances`, `filter.regions`). */
export interface InstanceSelection {
  readonly instances?: readonly string[] | null;
  readonly regions?: readonly string[] | null;
}

/** The instances a listing reads, in config order; an unknown instance id is the client's mistake. */
export function selectInstances<I extends RegisteredInstance<unknown>>(
  configured: readonly I[],
  selection: InstanceSelection | null | undefined,
  providerLabel: string,
): I[] {
  const ids = selection?.instances ?? null;
  const unknown = ids?.find((id) => !configured.some((instance) => instance.id === id));
  if (unknown !== undefined) {
    throw new BadUserInputError(`"${unknown.slice(0, 64)}" is not a configured ${providerLabel} instance.`, {
      argument: 'filter.instances',
    });
  }
  const regions = selection?.regions ?? null;
  return configured.filter(
    (instance) =>
      (ids === null || ids.includes(instance.id)) &&
      (regions === null || (instance.regionId !== null && regions.includes(instance.regionId))),
  );
}

/** Refuses a global id that names an instance we do not have: it is not (or no longer) ours. */
export function requireInstance(
  configured: readonly RegisteredInstance<unknown>[],
  instanceId: string,
  providerLabel: string,
): void {
  if (!findInstance(configured, instanceId)) {
    throw new BadUserInputError(
      `The id is not a jobgraph id: its ${providerLabel} instance is not configured.`,
      { argument: 'id' },
    );
  }
}

/** The configured region of the Alibaba instance an object was read from. */
export function instanceRegion(
  configured: readonly RegisteredInstance<unknown>[],
  instanceId: string,
  providerLabel: string,
): string {
  const region = findInstance(configured, instanceId)?.regionId;
  // Objects only come from configured instances, and every Alibaba instance has a region.
  if (region == null) throw new Error(`${providerLabel} instance ${instanceId} has no configured region.`);
  return region;
}
