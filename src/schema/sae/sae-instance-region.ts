import { findInstance } from '../../providers/provider-registry';
import type { GatewayContext } from '../gateway-context';

/** The configured region of the SAE instance an object was read from. */
export function saeInstanceRegion(context: GatewayContext, instanceId: string): string {
  const region = findInstance(context.providers.sae, instanceId)?.regionId;
  // Objects only come from configured instances, and every Alibaba instance has a region.
  if (region == null) throw new Error(`SAE instance ${instanceId} has no configured region.`);
  return region;
}
