import { GatewayError } from './gateway-error';

/**
 * The request's own deadline passed, or its client went away, before this field finished. Not a
 * provider's slowness (that is UPSTREAM_TIMEOUT): the gateway stopped the work because the request
 * was over, so fields that had already resolved keep their data and only the unfinished ones fail.
 */
export class RequestTimeoutError extends GatewayError<'TIMEOUT'> {
  constructor() {
    super('The request ran out of time before this field could be resolved.', 'TIMEOUT');
  }
}
