import type { UpstreamErrorCode } from '../../errors/error-code';
import { UpstreamError } from '../../errors/upstream.error';
import { upstreamMessage } from '../../errors/upstream-message';
import { BodyReadError } from '../read-json-body';

/** Gravitino's error envelope; `stack` (a Java stack trace) is read by no one. */
interface GravitinoErrorBody {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly message?: unknown;
}

/** undici's own timeouts (connect, headers, between body chunks): the same verdict as the policy's timer. */
const UNDICI_TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * Gravitino error codes (ErrorConstants.java) and HTTP status → classification (reliability.md §4.2).
 * 1007 is a failed catalog connection and 1002 an internal error: transient. 1000 (REST error) and
 * 1100 (unknown error) on a 500 are not retried; 502/503/504 always are, since a proxy sends them.
 */
export function classifyGravitinoFailure(
  status: number,
  code: number | null,
): { classification: UpstreamErrorCode; retryable: boolean } {
  if (status === 429) return { classification: 'UPSTREAM_THROTTLED', retryable: true };
  if (code === 1003 || status === 404) return { classification: 'NOT_FOUND', retryable: false };
  if (code === 1001 || status === 400) return { classification: 'BAD_USER_INPUT', retryable: false };
  if (code === 1011 || code === 1008 || status === 401 || status === 403)
    return { classification: 'UNAUTHENTICATED', retryable: false };
  if (code === 1007 || code === 1002 || status === 502 || status === 503 || status === 504) {
    return { classification: 'UPSTREAM_UNAVAILABLE', retryable: true };
  }
  if (status >= 500 && code !== 1000 && code !== 1100)
    return { classification: 'UPSTREAM_UNAVAILABLE', retryable: true };
  return { classification: 'UPSTREAM_ERROR', retryable: false };
}

/** Parses Retry-After (delta-seconds or an HTTP date) into ms. */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Turns an error answer of Gravitino (HTTP error, or a 2xx whose `code` is not 0) into a typed
 * UpstreamError with jobgraph's own message. `type` and `message` are kept only as the error's
 * private log text (redacted when logged); the stack is dropped.
 */
export function gravitinoHttpError(
  operation: string,
  status: number,
  body: unknown,
  retryAfter: string | undefined,
): UpstreamError {
  const envelope = (typeof body === 'object' && body !== null ? body : {}) as GravitinoErrorBody;
  const code = typeof envelope.code === 'number' ? envelope.code : null;
  const { classification, retryable } = classifyGravitinoFailure(status, code);
  const shownCode = code === null ? null : String(code);
  const retryAfterMs = parseRetryAfter(retryAfter);
  const upstreamText = [envelope.type, envelope.message]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(': ');
  return new UpstreamError({
    provider: 'GRAVITINO',
    operation,
    code: shownCode,
    requestId: null,
    classification,
    retryable,
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(upstreamText !== '' ? { upstreamText } : {}),
    message: upstreamMessage({ provider: 'GRAVITINO', operation, classification, code: shownCode, status }),
  });
}

/** A 2xx body that is JSON but not the documented response (no `code: 0` envelope, missing member). Not retried. */
export function gravitinoUnexpectedBody(operation: string, status?: number): UpstreamError {
  return new UpstreamError({
    provider: 'GRAVITINO',
    operation,
    code: null,
    requestId: null,
    classification: 'UPSTREAM_ERROR',
    retryable: false,
    ...(status !== undefined ? { status } : {}),
    message: `GRAVITINO ${operation} returned a response that does not match the Gravitino API.`,
  });
}

/** A request this gateway refuses to send (e.g. an empty path segment, which would select another route). */
export function gravitinoRefusedRequest(operation: string, why: string): UpstreamError {
  return new UpstreamError({
    provider: 'GRAVITINO',
    operation,
    code: null,
    requestId: null,
    classification: 'BAD_USER_INPUT',
    retryable: false,
    message: `GRAVITINO ${operation} was not sent: ${why}.`,
  });
}

/** Turns a transport failure (reset, refused, timeout, cut body, bad JSON) into a typed UpstreamError. */
export function gravitinoTransportError(operation: string, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const base = { provider: 'GRAVITINO', operation, code: null, requestId: null };
  if (error instanceof BodyReadError && error.failure !== 'interrupted') {
    return new UpstreamError({
      ...base,
      classification: 'UPSTREAM_ERROR',
      retryable: false,
      message: `GRAVITINO ${operation} returned ${error.failure === 'too-large' ? 'a response larger than allowed' : 'a response that is not valid JSON'}.`,
    });
  }
  const undiciCode = (error as { code?: unknown } | null)?.code;
  if (typeof undiciCode === 'string' && UNDICI_TIMEOUT_CODES.has(undiciCode)) {
    return new UpstreamError({
      ...base,
      classification: 'UPSTREAM_TIMEOUT',
      retryable: true,
      message: `GRAVITINO ${operation} timed out: the upstream did not answer in time.`,
    });
  }
  return new UpstreamError({
    ...base,
    classification: 'UPSTREAM_UNAVAILABLE',
    retryable: true,
    message: `GRAVITINO could not be reached or cut the response short.`,
  });
}
