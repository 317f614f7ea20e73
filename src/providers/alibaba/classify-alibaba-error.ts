import type { UpstreamErrorCode } from '../../errors/error-code';
import { UpstreamError } from '../../errors/upstream.error';
import { safeUpstreamCode } from '../../errors/upstream-identifiers';
import { upstreamMessage } from '../../errors/upstream-message';
import { BodyReadError } from '../read-json-body';

/** What the official runtime's ClientError / ServerError / ThrottlingError carry. */
interface RuntimeErrorShape {
  readonly name?: string;
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly retryAfter?: unknown;
  readonly requestId?: unknown;
  readonly data?: { Message?: unknown; message?: unknown; RequestId?: unknown; requestId?: unknown } | null;
}

/** Codes that mean the upstream did not accept our identity or signature. */
const CREDENTIAL_CODES =
  /^(SignatureDoesNotMatch|IncompleteSignature|MissingAuthorization|InvalidAccessKeyId(\..*)?|InvalidSecurityToken(\..*)?|SignatureNonceUsed|InvalidTimeStamp(\..*)?|MissingSignatureNonce)$/;
const FORBIDDEN_CODES = /^(Forbidden(\..*)?|NoPermission(\..*)?|AccessDenied(\..*)?)$/;
/** Transport errors where no (complete) answer arrived; safe to retry for reads. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);
const TIMEOUT_NAMES = /timeout/i;

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value !== 'undefined' ? value : null;
}

function classifyStatus(
  status: number,
  code: string | null,
): { classification: UpstreamErrorCode; retryable: boolean } {
  if (code !== null && /Throttling/.test(code))
    return { classification: 'UPSTREAM_THROTTLED', retryable: true };
  if (status >= 500) return { classification: 'UPSTREAM_UNAVAILABLE', retryable: true };
  if (code !== null && CREDENTIAL_CODES.test(code))
    return { classification: 'UNAUTHENTICATED', retryable: false };
  if (status === 401 || status === 403 || (code !== null && FORBIDDEN_CODES.test(code))) {
    return { classification: 'UNAUTHENTICATED', retryable: false };
  }
  // A route the gateway does not know is our bug (or an API change), not a missing object.
  if (code === 'InvalidApi.NotFound') return { classification: 'UPSTREAM_ERROR', retryable: false };
  if (status === 404 || (code !== null && code.endsWith('.NotFound'))) {
    return { classification: 'NOT_FOUND', retryable: false };
  }
  if (status === 400 && code !== null && /^(Invalid|Missing)/.test(code) && code !== 'InvalidApi.NotFound') {
    return { classification: 'BAD_USER_INPUT', retryable: false };
  }
  return { classification: 'UPSTREAM_ERROR', retryable: false };
}

/**
 * Turns whatever the official runtime threw into a typed UpstreamError. The client-facing message
 * is jobgraph's own, from the allowlisted code and the status; the upstream `Message` rides along
 * only as the error's private log text. HostId, Recommend and the rest of the body are dropped.
 */
export function classifyAlibabaError(provider: string, operation: string, error: unknown): UpstreamError {
  const base = { provider, operation };
  if (error instanceof UpstreamError) return error;
  if (error instanceof BodyReadError) {
    const interrupted = error.failure === 'interrupted';
    return new UpstreamError({
      ...base,
      code: null,
      requestId: null,
      classification: interrupted ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR',
      retryable: interrupted,
      message: `${provider} ${operation} returned ${error.failure === 'too-large' ? 'a response larger than allowed' : interrupted ? 'an incomplete response' : 'a response that is not valid JSON'}.`,
    });
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as RuntimeErrorShape;
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const code = text(e.code);
  if (status !== undefined) {
    // Classified by the allowlisted code too: a code that is not a code says nothing about the failure.
    const shownCode = safeUpstreamCode(code);
    const { classification, retryable } = classifyStatus(status, shownCode);
    const requestId = text(e.requestId) ?? text(e.data?.RequestId) ?? text(e.data?.requestId);
    const upstreamText = text(e.data?.Message) ?? text(e.data?.message);
    const retryAfter =
      typeof e.retryAfter === 'number' && Number.isFinite(e.retryAfter) && e.retryAfter >= 0
        ? e.retryAfter
        : undefined;
    return new UpstreamError({
      ...base,
      code: shownCode,
      requestId,
      classification,
      retryable,
      status,
      ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
      ...(upstreamText !== null ? { upstreamText } : {}),
      message: upstreamMessage({ ...base, classification, code: shownCode, status }),
    });
  }
  if (e.name === 'SyntaxError') {
    return new UpstreamError({
      ...base,
      code: null,
      requestId: null,
      classification: 'UPSTREAM_ERROR',
      retryable: false,
      message: `${provider} ${operation} returned a response that is not valid JSON.`,
    });
  }
  const timedOut = TIMEOUT_NAMES.test(e.name ?? '') || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
  const network =
    timedOut ||
    (code !== null && NETWORK_CODES.has(code)) ||
    /socket hang up|aborted|premature close/i.test(String((error as Error)?.message));
  return new UpstreamError({
    ...base,
    code: null,
    requestId: null,
    classification: timedOut ? 'UPSTREAM_TIMEOUT' : network ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR',
    retryable: network,
    message: timedOut
      ? `${provider} ${operation} timed out.`
      : network
        ? `${provider} could not be reached.`
        : `${provider} ${operation} failed unexpectedly.`,
  });
}
