import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { EmrServerlessSparkProvider } from '../../providers/emr-serverless-spark/emr-serverless-spark.provider';
import { findInstance, type RegisteredInstance } from '../../providers/provider-registry';
import type { GatewayContext } from '../gateway-context';

type EmrInstance = RegisteredInstance<EmrServerlessSparkProvider>;

/** The instances a listing reads, in config order; an unknown instance id is the client's mistake. */
export function selectEmrInstances(
  configured: readonly EmrInstance[],
  selection: { instances?: string[] | null; regions?: string[] | null } | null | undefined,
): EmrInstance[] {
  const ids = selection?.instances ?? null;
  const unknown = ids?.find((id) => !configured.some((instance) => instance.id === id));
  if (unknown !== undefined) {
    throw new BadUserInputError(
      `"${unknown.slice(0, 64)}" is not a configured EMR Serverless Spark instance.`,
      {
        argument: 'filter.instances',
      },
    );
  }
  const regions = selection?.regions ?? null;
  return configured.filter(
    (instance) =>
      (ids === null || ids.includes(instance.id)) &&
      (regions === null || (instance.regionId !== null && regions.includes(instance.regionId))),
  );
}

/** Refuses a global id that names an EMR instance we do not have: it is not one of ours. */
export function requireEmrInstance(context: GatewayContext, instanceId: string): void {
  if (!findInstance(context.providers.emrServerlessSpark, instanceId)) {
    throw new BadUserInputError(
      'The id is not a jobgraph id: it names an EMR Serverless Spark instance that is not configured.',
      { argument: 'id' },
    );
  }
}

/** The configured region of the EMR instance an object was read from. */
export function emrInstanceRegion(context: GatewayContext, instanceId: string): string {
  const region = findInstance(context.providers.emrServerlessSpark, instanceId)?.regionId;
  // Objects only come from configured instances, and every Alibaba instance has a region.
  if (region == null) throw new Error(`EMR instance ${instanceId} has no configured region.`);
  return region;
}
