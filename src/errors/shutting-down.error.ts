import { GatewayError } from './gateway-error';

/**
 * A request that arrived after the gateway began draining (SIGTERM): refused with HTTP 503 and
 * `Connection: close` before anything runs, so the client retries on another replica.
 */
export class ShuttingDownError extends GatewayError<'SHUTTING_DOWN'> {
  constructor() {
    super('The gateway is shutting down; retry the request on another instance.', 'SHUTTING_DOWN');
  }
}
