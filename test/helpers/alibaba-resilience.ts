/** An Alibaba request id as the emulators answer it (and Alibaba's gateway does): an upper-case UUID. */
export const ALIBABA_REQUEST_ID = /^[0-9A-F-]{36}$/;

/**
 * Alibaba 4xx answers the three Alibaba providers classify alike, each final after one call:
 * [status, Code, gateway code, upstream code].
 */
export const ALIBABA_CLIENT_ERRORS: readonly (readonly [number, string, string, string])[] = [
  [400, 'InvalidParameter', 'BAD_USER_INPUT', 'InvalidParameter'],
  [404, 'InvalidWorkspaceId.NotFound', 'NOT_FOUND', 'InvalidWorkspaceId.NotFound'],
  [400, 'SignatureDoesNotMatch', 'UNAUTHENTICATED', 'SignatureDoesNotMatch'],
  [403, 'Forbidden.RAM', 'UNAUTHENTICATED', 'Forbidden.RAM'],
  [409, 'Conflict', 'UPSTREAM_ERROR', 'Conflict'],
];
