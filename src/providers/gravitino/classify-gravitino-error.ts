import type { UpstreamErrorCode } from '../../errors/error-code';
import { sanitizeUpstreamMessage } from '../../errors/sanitize-upstream-message';
import { UpstreamError } from '../../errors/upstream-error';
import { BodyReadError } from '../read-json-body';

/** Gravitino's error envelope; `stack` (a Java stack trace) is read by no one. */
interface GravitinoErrorBody {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly message?: unknown;
}

/** Gravitino error codes (ErrorConstants.java) → classification; 1007 is a failed catalog connection, transient. */
function classifyCode(status: number, code: number | null): { classification: UpstreamErrorCode; retryable: boolean } {
  if (status === 429) return { classification: 'UPSTREAM_THROTTLED', retryable: true };
  if (code === 1003 || status === 404) return { classification: 'NOT_FOUND', retryable: false };
  if (code === 1001 || status === 400) return { classification: 'BAD_USER_INPUT', retryable: false };
  if (code === 1011 || code === 1008 || status === 401 || status === 403) return { classification: 'UNAUTHENTICATED', retryable: false };
  if (code === 1007 || code === 1002 || status >= 500) return { classification: 'UPSTREAM_UNAVAILABLE', retryable: true };
  return { classification: 'UPSTREAM_ERROR', retryable: false };
}

/** Parses Retry-After (delta-seconds or an HTTP date) into ms. */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Turns an HTTP error answer of Gravitino into a typed UpstreamError; the stack trace is dropped. */
export function gravitinoHttpError(operation: string, status: number, body: unknown, retryAfter: string | undefined): UpstreamError {
  const envelope = (typeof body === 'object' && body !== null ? body : {}) as GravitinoErrorBody;
  const code = typeof envelope.code === 'number' ? envelope.code : null;
  const { classification, retryable } = classifyCode(status, code);
  const detail = sanitizeUpstreamMessage(envelope.message);
  const retryAfterMs = parseRetryAfter(retryAfter);
  return new UpstreamError({
    provider: 'GRAVITINO',
    operation,
    code: code === null ? null : String(code),
    requestId: null,
    classification,
    retryable,
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    message: `GRAVITINO ${operation} failed${code !== null ? ` with ${code}` : ` with HTTP ${status}`}${detail ? `: ${detail}` : '.'}`,
  });
}

/** Turns a transport failure (reset, refused, cut body, bad JSON) into a typed UpstreamError. */
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
  return new UpstreamError({ ...base, classification: 'UPSTREAM_UNAVAILABLE', retryable: true, message: `GRAVITINO could not be reached or cut the response short.` });
}
