import { GatewayError } from './gateway-error';

/**
 * The one message every refused credential gets: missing, unknown, badly signed, expired or of an
 * unknown tenant alike, so a caller cannot learn which check failed (no oracle).
 */
export const UNAUTHENTICATED_MESSAGE =
  'Authentication required: send valid credentials in the Authorization header.';

/** The request carries no valid credentials. */
export class UnauthenticatedError extends GatewayError<'UNAUTHENTICATED'> {
  constructor() {
    super(UNAUTHENTICATED_MESSAGE, 'UNAUTHENTICATED');
  }
}
