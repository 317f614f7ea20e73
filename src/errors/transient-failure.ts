import { GatewayBusyError } from './gateway-busy.error';
import { GatewayError } from './gateway-error';
import { isRetryableUpstreamError } from './upstream.error';

/**
 * Whether a failure may go away on a later try: throttling, 5xx, timeouts, the gateway's own full
 * queue, and anything unexpected. The one rule every loader uses to decide what leaves its cache
 * (a NOT_FOUND or BAD_USER_INPUT is the answer and may stay; a GATEWAY_BUSY must not be replayed
 * to a later load of the same request).
 */
export function isTransientFailure(error: unknown): boolean {
  return (
    !(error instanceof GatewayError) || isRetryableUpstreamError(error) || error instanceof GatewayBusyError
  );
}
