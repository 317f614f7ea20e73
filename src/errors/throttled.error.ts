import { GatewayError } from './gateway-error';

/** Which of a tenant's two buckets ran dry. */
export type ThrottledLimit = 'requests' | 'upstreamCalls';

/**
 * The caller's tenant is over its request rate or its (estimated) upstream-call rate. Refused
 * before anything is parsed or called upstream, with HTTP 429 and `Retry-After`; nothing about
 * the limit's size is shown, only when to come back.
 */
export class ThrottledError extends GatewayError<'THROTTLED'> {
  constructor(
    readonly limit: ThrottledLimit,
    readonly retryAfterMs: number,
  ) {
    const what = limit === 'requests' ? 'requests' : 'upstream calls';
    super(`Too many ${what} for this tenant; retry after ${retryAfterMs} ms.`, 'THROTTLED', {
      limit,
      retryAfterMs,
    });
  }

  /** The `Retry-After` header value: whole seconds, rounded up so a client that obeys it is served. */
  get retryAfterHeader(): string {
    return String(Math.max(1, Math.ceil(this.retryAfterMs / 1000)));
  }
}
