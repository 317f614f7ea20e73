import type { UpstreamErrorCode } from './error-code';
import { GatewayError, type UpstreamDetails } from './gateway-error';
import { redactForLog } from './redact-for-log';
import { safeUpstreamCode, safeUpstreamRequestId } from './upstream-identifiers';

/** Everything known about one failed upstream call, as the provider layer classified it. */
export interface UpstreamFailure extends UpstreamDetails {
  readonly classification: UpstreamErrorCode;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** The provider's retry hint in ms (x-acs-retry-after, Retry-After). */
  readonly retryAfterMs?: number;
  /** Whether a retry of an idempotent read may succeed: throttling, 5xx, resets, timeouts. */
  readonly retryable: boolean;
  /**
   * jobgraph's own client-readable sentence, written from typed fields (upstreamMessage), never
   * from upstream text: no URLs, hosts, bodies, stack traces or credentials.
   */
  readonly message: string;
  /** The upstream's own error text, raw. Kept off every client path; logged only redacted. */
  readonly upstreamText?: string;
}

/**
 * A failed upstream call. `extensions.code` is the classification and `extensions.upstream`
 * carries `{provider, operation, code, requestId}` so a caller can quote it to the provider's support.
 * Code and request id come from upstream bodies, so both are allowlisted here, whoever builds the
 * error; the raw upstream text lives in a private field that no serializer sees.
 */
export class UpstreamError extends GatewayError<UpstreamErrorCode> {
  readonly provider: string;
  readonly operation: string;
  readonly upstreamCode: string | null;
  readonly requestId: string | null;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retryable: boolean;
  readonly #upstreamText: string | undefined;

  constructor(failure: UpstreamFailure) {
    const code = safeUpstreamCode(failure.code);
    const requestId = safeUpstreamRequestId(failure.requestId);
    super(failure.message, failure.classification, {
      upstream: { provider: failure.provider, operation: failure.operation, code, requestId },
    });
    this.provider = failure.provider;
    this.operation = failure.operation;
    this.upstreamCode = code;
    this.requestId = requestId;
    this.#upstreamText = failure.upstreamText;
    this.status = failure.status;
    this.retryAfterMs = failure.retryAfterMs;
    this.retryable = failure.retryable;
  }

  /** The upstream's own text, redacted for a server log line; '' when it sent none. */
  get redactedUpstreamText(): string {
    return redactForLog(this.#upstreamText);
  }
}

/** True for an UpstreamError whose classification says a retry may help. */
export function isRetryableUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.retryable;
}
