import { BadUserInputError } from '../../errors/bad-user-input.error';
import { findInstance } from '../../providers/provider-registry';
import type { GatewayContext } from '../gateway-context';

/** The configured region of the PAI-DLC instance an object was read from. */
export function paiInstanceRegion(context: GatewayContext, instanceId: string): string {
  const region = findInstance(context.providers.paiDlc, instanceId)?.regionId;
  // Objects only come from configured instances, and every Alibaba instance has a region.
  if (region == null) throw new Error(`PAI-DLC instance ${instanceId} has no configured region.`);
  return region;
}

/** Refuses a global id naming an instance we do not have: it is not (or no longer) ours. */
export function requirePaiInstance(context: GatewayContext, instanceId: string): void {
  if (!findInstance(context.providers.paiDlc, instanceId)) {
    throw new BadUserInputError(
      'The id is not a jobgraph id: it names a PAI-DLC instance that is not configured.',
      {
        argument: 'id',
      },
    );
  }
}
