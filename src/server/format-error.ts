import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { allowedExtensions } from '../errors/allowed-extensions';
import {
  maskedErrorLogFields,
  maskedErrorLogLine,
  upstreamFailureLogFields,
  upstreamFailureLogLine,
} from '../errors/error-log-line';
import type { LogFields } from '../errors/log-sink';
import { GatewayError } from '../errors/gateway-error';
import { UpstreamError } from '../errors/upstream.error';
import { currentRequestScope } from '../request/request-scope';

/**
 * Request-level errors Apollo raises itself; their text is about the client's own document (parse,
 * validation, variables, operation choice, persisted queries), so it is shown with its code.
 */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's request errors that it raises without a code (the persisted-query checks): its own
 * fixed sentences about the client's request, matched exactly, so nothing else passes as them.
 */
const UNCODED_REQUEST_ERRORS: ReadonlyMap<string, string> = new Map([
  [
    'provided sha does not match query',
    'The persisted query hash (sha256Hash) does not match the query sent with it.',
  ],
  [
    'Unsupported persisted query version',
    'Unsupported persisted query version: only version 1 is supported.',
  ],
]);

/** Apollo's own sub-codes of a validation failure, shown as they are. */
const VALIDATION_ERROR_CODES: ReadonlySet<string> = new Set([
  'INTROSPECTION_DISABLED',
  'MAX_RECURSIVE_SELECTIONS_EXCEEDED',
]);

/** Where the server's own error log lines go (GatewayOptions.log). */
export type ErrorLog = (line: string, level?: undefined, fields?: LogFields) => void;

/** The formatter Apollo calls for each error, also applied to the partial errors plugin's extras. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The GatewayError behind `error`: thrown in a resolver, or reported by a validation rule (which Apollo wraps). */
function gatewayErrorOf(error: unknown): GatewayError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof GatewayError) return original;
  if (error instanceof GraphQLError && error.originalError instanceof GatewayError)
    return error.originalError;
  return undefined;
}

/**
 * The error policy (DESIGN §4.4), an allowlist of what any error may carry to a client:
 * - a GatewayError: its literal code, its message (jobgraph's own) and the extension keys its
 *   code allows (allowedExtensions); a failed upstream call is logged once, redacted;
 * - Apollo's request errors without a path: their message and code only;
 * - anything else: "Unexpected error." with INTERNAL_SERVER_ERROR and the request id, which the
 *   server's log line of the masked error carries too.
 * It runs inside the request's RequestScope, which is where the request id comes from.
 */
export function createFormatError(log: ErrorLog = () => undefined): FormatError {
  // One log line per failed call, although a failed batch surfaces in every field that asked for it.
  const logged = new WeakSet<object>();
  return (formatted, error) => {
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    const requestId = currentRequestScope()?.requestId;
    const gatewayError = gatewayErrorOf(error);
    if (gatewayError) {
      if (gatewayError instanceof UpstreamError && !logged.has(gatewayError)) {
        logged.add(gatewayError);
        const context = { requestId, path: formatted.path };
        log(
          upstreamFailureLogLine(gatewayError, context),
          undefined,
          upstreamFailureLogFields(gatewayError, context),
        );
      }
      return {
        message: gatewayError.message,
        ...where,
        extensions: allowedExtensions(gatewayError.code, gatewayError.extensions),
      };
    }
    const code = formatted.extensions?.code;
    // Errors about the document itself have no path; anything thrown while resolving a field has one.
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && formatted.path === undefined) {
      const sub = formatted.extensions?.validationErrorCode;
      const validationErrorCode =
        typeof sub === 'string' && VALIDATION_ERROR_CODES.has(sub) ? { validationErrorCode: sub } : {};
      return { message: formatted.message, ...where, extensions: { code, ...validationErrorCode } };
    }
    const uncoded =
      error instanceof GraphQLError && formatted.path === undefined
        ? UNCODED_REQUEST_ERRORS.get(error.message)
        : undefined;
    if (uncoded !== undefined) return { message: uncoded, ...where, extensions: { code: 'BAD_REQUEST' } };
    const shownId = requestId ?? randomUUID();
    const context = { requestId: shownId, path: formatted.path };
    const masked = unwrapResolverError(error);
    log(maskedErrorLogLine(masked, context), undefined, maskedErrorLogFields(masked, context));
    return {
      message: 'Unexpected error.',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: shownId },
    };
  };
}
