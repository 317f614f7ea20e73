import { GatewayError } from './gateway-error';

/**
 * Nothing this caller may read has this id. Said alike whether the object never existed, was
 * deleted, or belongs to another tenant (never FORBIDDEN): an answer that differed would confirm
 * that someone else's object exists.
 */
export class NodeNotFoundError extends GatewayError<'NOT_FOUND'> {
  constructor(id: string) {
    super(`Could not resolve to a node with the global id "${id.slice(0, 64)}".`, 'NOT_FOUND');
  }
}
