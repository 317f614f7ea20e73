import { GatewayError } from './gateway-error';

/** Seconds a client is asked to wait; the queues drain in well under that at the default limits. */
export const GATEWAY_BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * The gateway's own queue in front of a provider instance is full (or the call waited in it past
 * its deadline): the gateway's overload, not the provider's fault, so no `extensions.upstream` and
 * nothing counted against the provider's breaker. The provider is named so a client can tell which
 * fields to retry.
 */
export class GatewayBusyError extends GatewayError<'GATEWAY_BUSY'> {
  constructor(provider: string) {
    super(`The gateway is too busy to call ${provider} right now; try again shortly.`, 'GATEWAY_BUSY', {
      provider,
      retryAfterSeconds: GATEWAY_BUSY_RETRY_AFTER_SECONDS,
    });
  }
}
