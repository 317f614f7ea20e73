import type { Authentication } from './authentication';
import { UNAUTHENTICATED_MESSAGE } from '../errors/unauthenticated.error';

/** Seconds a client waits before retrying while the token issuer's key set cannot be read. */
const KEY_SET_RETRY_AFTER_SECONDS = 5;

/** 401 with a GraphQL-shaped body and the challenge RFC 6750 asks for. */
export const UNAUTHENTICATED: Authentication = {
  refuse: {
    status: 401,
    body: { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] },
    headers: { 'www-authenticate': 'Bearer realm="jobgraph"' },
  },
};

/**
 * 503 while the JWKS cannot be fetched: the token is neither accepted (no fail-open) nor blamed
 * (the caller did nothing wrong and should retry).
 */
export const KEY_SET_UNAVAILABLE: Authentication = {
  refuse: {
    status: 503,
    body: {
      errors: [
        {
          message:
            "Authentication is temporarily unavailable: the token issuer's keys could not be read. Retry shortly.",
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ],
    },
    headers: { 'retry-after': String(KEY_SET_RETRY_AFTER_SECONDS) },
  },
};
