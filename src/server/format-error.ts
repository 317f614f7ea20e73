import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GatewayError } from '../errors/gateway-error';

/** Request-level errors Apollo raises itself; their text is about the client's own document, so it is shown. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What the server learns about a masked error, for its own log (never the message: it may hold secrets). */
export type MaskedErrorReporter = (error: unknown, path: readonly (string | number)[] | undefined) => void;

/**
 * The error policy (DESIGN §4.4): a GatewayError is shown with its literal code and `upstream`
 * details; Apollo's own request errors keep their message; everything else becomes
 * "Unexpected error." so that no upstream body, URL, stack or secret reaches a client.
 */
export function createFormatError(report: MaskedErrorReporter = () => undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    if (original instanceof GatewayError) {
      return { message: original.message, ...where, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code;
    // Errors about the document itself (parse, validation, variables) have no path; anything
    // thrown while resolving a field has one.
    const fromResolver = formatted.path !== undefined;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !fromResolver) {
      return { message: formatted.message, ...where, extensions: { code } };
    }
    report(original, formatted.path);
    return { message: 'Unexpected error.', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
