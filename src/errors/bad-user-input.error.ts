import { GatewayError } from './gateway-error';

/** The client sent something we cannot use: a bad argument, cursor, id or filter value. */
export class BadUserInputError extends GatewayError<'BAD_USER_INPUT'> {
  constructor(message: string, extra: { argument?: string } = {}) {
    super(message, 'BAD_USER_INPUT', extra.argument ? { argument: extra.argument } : {});
  }
}
