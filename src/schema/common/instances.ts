import type { ConfiguredInstance } from '../../domain/configured-instance';
import type { ProviderId } from '../../domain/provider-id';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { notConfiguredInstance } from '../../errors/not-configured-instance';

/** Which instances a client asked a listing to read (`filter.instances`, `filter.regions`). */
export interface InstanceSelection {
  readonly instances?: readonly string[] | null;
  readonly regions?: readonly string[] | null;
}

/** The instances a listing reads, in config order; an unknown instance id is the client's mistake. */
export function selectInstances<I extends ConfiguredInstance>(
  configured: readonly I[],
  selection: InstanceSelection | null | undefined,
  provider: ProviderId,
): I[] {
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

/** Refuses a global id that names an instance we do not have: it is not (or no longer) ours. */
export function requireInstance(
  configured: readonly ConfiguredInstance[],
  instanceId: string,
  providerLabel: string,
): void {
  if (!configured.some((instance) => instance.id === instanceId)) {
    throw new BadUserInputError(
      `The id is not a jobgraph id: its ${providerLabel} instance is not configured.`,
      { argument: 'id' },
    );
  }
}

/** The configured region of the Alibaba instance an object was read from. */
export function instanceRegion(
  configured: readonly ConfiguredInstance[],
  instanceId: string,
  providerLabel: string,
): string {
  const region = configured.find((instance) => instance.id === instanceId)?.regionId;
  // Objects only come from configured instances, and every Alibaba instance has a region.
  if (region == null) throw new Error(`${providerLabel} instance ${instanceId} has no configured region.`);
  return region;
}
