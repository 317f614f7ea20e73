/** Every `extensions.code` a client can see (DESIGN §4.4). Anything else is masked as "Unexpected error.". */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_THROTTLED',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'QUERY_TOO_COMPLEX',
] as const;

/** One client-facing error code. */
export type GatewayErrorCode = (typeof ERROR_CODES)[number];

/** The codes an upstream failure is classified into. */
export type UpstreamErrorCode = Extract<
  GatewayErrorCode,
  'UPSTREAM_THROTTLED' | 'UPSTREAM_TIMEOUT' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_ERROR' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED'
>;
