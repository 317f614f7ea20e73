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
  /** The request's own deadline passed (or its client went away) before this field finished. */
  'TIMEOUT',
  /** The caller's tenant is over its request or upstream-call rate. */
  'THROTTLED',
  /** The gateway itself is saturated (its fair queues are full); not the provider's fault. */
  'GATEWAY_BUSY',
  /** Safelist mode: the operation is not in the persisted query manifest. */
  'OPERATION_NOT_IN_SAFELIST',
  /** The gateway is draining before it stops: retry on another replica. */
  'SHUTTING_DOWN',
] as const;

/** One client-facing error code. */
export type GatewayErrorCode = (typeof ERROR_CODES)[number];

/** The codes an upstream failure is classified into. */
export type UpstreamErrorCode = Extract<
  GatewayErrorCode,
  | 'UPSTREAM_THROTTLED'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_ERROR'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
>;
