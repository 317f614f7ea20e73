import type { UpstreamErrorCode } from './error-code';
import { GatewayError, type UpstreamDetails } from './gateway-error';

/** Everything known about one failed upstream call, as the provider layer classified it. */
export interface UpstreamFailure extends UpstreamDetails {
  readonly classification: UpstreamErrorCode;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** The provider's retry hint in ms (x-acs-retry-after, Retry-After). */
  readonly retryAfterMs?: number;
  /** Whether a retry of an idempotent read may succeed: throttling, 5xx, resets, timeouts. */
  readonly retryable: boolean;
  /** A safe, client-readable sentence: no URLs, hosts, bodies, stack traces or credentials. */
  readonly message: string;
}

/**
 * A failed upstream call. `extensions.code` is the classification and `extensions.upstream`
 * carries `{provider, operation, code, requestId}` so a caller can quote it to the provider's support.
 */
export class UpstreamError extends GatewayError<UpstreamErrorCode> {
  readonly provider: string;
  readonly operation: string;
  readonly upstreamCode: string | null;
  readonly requestId: string | null;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retryable: boolean;

  constructor(failure: UpstreamFailure) {
    super(failure.message, failure.classification, {
      upstream: {
        provider: failure.provider,
        operation: failure.operation,
        code: failure.code,
        requestId: failure.requestId,
      },
    });
    this.provider = failure.provider;
    this.operation = failure.operation;
    this.upstreamCode = failure.code;
    this.requestId = failure.requestId;
    this.status = failure.status;
    this.retryAfterMs = failure.retryAfterMs;
    this.retryable = failure.retryable;
  }
}

/** True for an UpstreamError whose classification says a retry may help. */
export function isRetryableUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.retryable;
}
