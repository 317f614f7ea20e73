import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../config/auth.config';
import { ANONYMOUS_TENANT, type Tenant } from '../domain/tenant';
import type { Authentication } from './authentication';
import { createApiKeyVerifier } from './api-key-verifier';
import { KEY_SET_UNAVAILABLE, UNAUTHENTICATED } from './auth-refusals';
import { createJwtVerifier } from './jwt-verifier';
import { bearerToken, presentedApiKey } from './presented-credentials';

/** Authenticates one HTTP request, before anything in it is parsed or executed. */
export type Authenticator = (req: IncomingMessage) => Promise<Authentication>;

/**
 * The authenticator for the configured mode: `none` makes every caller the anonymous tenant;
 * `api_key` and `jwt` map credentials to a configured tenant or refuse with 401 (503 while a JWKS
 * is unreachable). `log` hears about key-set outages once per outage, never about credentials.
 */
export function createAuthenticator(
  auth: AuthConfig,
  tenants: readonly Tenant[],
  log: (line: string) => void = () => undefined,
): Authenticator {
  const byId = new Map(tenants.map((tenant) => [tenant.id, tenant]));
  switch (auth.mode) {
    case 'none':
      return async () => ({ tenant: ANONYMOUS_TENANT });
    case 'api_key': {
      const verify = createApiKeyVerifier(auth.apiKeys, byId);
      return async (req) => {
        const key = presentedApiKey(req);
        const tenant = key === undefined ? undefined : verify(key);
        return tenant ? { tenant } : UNAUTHENTICATED;
      };
    }
    case 'jwt': {
      if (!auth.jwt) throw new Error('auth.mode jwt without auth.jwt settings');
      const verify = createJwtVerifier(auth.jwt, byId);
      let keySetDown = false;
      return async (req) => {
        const token = bearerToken(req);
        if (token === undefined) return UNAUTHENTICATED;
        const outcome = await verify(token);
        if ('tenant' in outcome) {
          if (keySetDown) log('auth: the JWKS is readable again');
          keySetDown = false;
          return { tenant: outcome.tenant };
        }
        if (outcome.refused === 'invalid') return UNAUTHENTICATED;
        if (!keySetDown) log('auth: the JWKS cannot be read; refusing tokens with 503 until it can');
        keySetDown = true;
        return KEY_SET_UNAVAILABLE;
      };
    }
  }
}
