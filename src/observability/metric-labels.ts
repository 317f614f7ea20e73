import { ERROR_CODES } from '../errors/error-code';

/** Codes a client can be answered with besides ERROR_CODES: Apollo's request errors and the mask. */
const OTHER_CLIENT_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTERNAL_SERVER_ERROR',
] as const;

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...ERROR_CODES, ...OTHER_CLIENT_CODES]);

/** The `code` label: a code jobgraph or Apollo answers with, else `OTHER` (bounded whatever arrives, a non-string too). */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/** Names from the config and our constants (instance ids, providers, upstream operations) only. */
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

/** A config or constant name as a label; anything odd-looking becomes `other` rather than pass. */
export function safeLabel(name: string): string {
  return SAFE_NAME.test(name) ? name : 'other';
}
