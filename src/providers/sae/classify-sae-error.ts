import { UpstreamError } from '../../errors/upstream.error';
import { classifyAlibabaError } from '../alibaba/classify-alibaba-error';
import type { SaeResponseEnvelope } from './sae.dto';
import { nonBlank } from './sae-wire-values';

/** Envelope `Code` may be an HTTP-like status ("400", "500") rather than an error code. */
const HTTP_LIKE = /^[1-5]\d\d$/;

function isEnvelope(body: unknown): body is SaeResponseEnvelope {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** An answer that is JSON but not the shape we can read: UPSTREAM_ERROR, since a retry gets the same. */
export function saeShapeError(
  provider: string,
  operation: string,
  requestId: string | null,
  what: string,
): UpstreamError {
  return new UpstreamError({
    provider,
    operation,
    code: null,
    requestId,
    classification: 'UPSTREAM_ERROR',
    retryable: false,
    status: 200,
    message: `${provider} ${operation} returned ${what}.`,
  });
}

/**
 * The typed error for an envelope that says the call failed although HTTP said 200. It is classified
 * exactly like an HTTP error of the same code: the error code is ErrorCode (or Code when that is not
 * an HTTP-like number); the status is Code when it is HTTP-like, else 400, since a business failure
 * is a refusal of the request. The resulting error keeps the real HTTP status (200).
 */
export function saeEnvelopeError(
  provider: string,
  operation: string,
  body: SaeResponseEnvelope,
): UpstreamError {
  const rawCode = nonBlank(body.Code);
  const httpLike = rawCode !== null && HTTP_LIKE.test(rawCode) ? Number(rawCode) : null;
  const code = nonBlank(body.ErrorCode) ?? (httpLike === null ? rawCode : null);
  const requestId = nonBlank(body.RequestId);
  const upstreamText = nonBlank(body.Message);
  const classified = classifyAlibabaError(provider, operation, {
    statusCode: httpLike !== null && httpLike >= 400 ? httpLike : 400,
    code: code ?? undefined,
    requestId: requestId ?? undefined,
    data: { Message: body.Message },
  });
  return new UpstreamError({
    provider,
    operation,
    code: classified.upstreamCode,
    requestId: classified.requestId,
    classification: classified.extensions.code,
    retryable: classified.retryable,
    status: 200,
    message: classified.message,
    // The envelope's Message is upstream free text: the log may see it redacted, a client never.
    ...(upstreamText !== null ? { upstreamText } : {}),
  });
}

/** The `Data` object of a successful envelope, with the request id for later errors. */
export interface SaeEnvelopeData {
  readonly data: Record<string, unknown>;
  readonly requestId: string | null;
}

/**
 * Checks the SAE envelope of a 200 answer and returns its `Data` object. `Success:false` (or, with
 * no Success flag, a non-2xx Code) becomes a typed UpstreamError; a body that is not an envelope,
 * or a success without a Data object, is UPSTREAM_ERROR rather than an empty result.
 */
export function unwrapSaeEnvelope(provider: string, operation: string, body: unknown): SaeEnvelopeData {
  if (!isEnvelope(body))
    throw saeShapeError(provider, operation, null, 'a response that is not an SAE envelope');
  const failed =
    body.Success === false ||
    (body.Success !== true && nonBlank(body.Code) !== null && !/^2\d\d$/.test(body.Code ?? ''));
  if (failed) throw saeEnvelopeError(provider, operation, body);
  const data = body.Data;
  const requestId = nonBlank(body.RequestId);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw saeShapeError(provider, operation, requestId, 'a success without its Data');
  }
  return { data: data as Record<string, unknown>, requestId };
}
