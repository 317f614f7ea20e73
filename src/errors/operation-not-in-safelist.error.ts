import { GatewayError } from './gateway-error';

/**
 * Safelist mode (`persistedQueries.safelist`): the document's sha256 is not an id of the persisted
 * query manifest, so it is refused while it is validated and nothing runs.
 */
export class OperationNotInSafelistError extends GatewayError<'OPERATION_NOT_IN_SAFELIST'> {
  constructor() {
    super(
      'This gateway runs only the operations of its persisted query manifest (safelist mode), and this document is not one of them.',
      'OPERATION_NOT_IN_SAFELIST',
    );
  }
}
