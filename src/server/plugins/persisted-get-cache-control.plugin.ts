import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../../schema/gateway-context';

/** How GETs of persisted queries may be cached. */
export interface PersistedGetCaching {
  /** Seconds a successful answer may be reused; 0 leaves every response uncacheable. */
  readonly maxAgeSeconds: number;
  /**
   * Whether every caller gets the same answer (no authentication: all are the anonymous tenant),
   * so shared caches (CDNs) may keep it; otherwise only the caller's own browser may.
   */
  readonly shared: boolean;
}

/** Credentials a response depends on when callers authenticate (src/auth/presented-credentials.ts). */
const CREDENTIAL_HEADERS = 'authorization, x-api-key';

/**
 * APQ's point over GET is that a CDN can cache it: the URL names the operation (hash) and its
 * variables. A GET of a persisted query that answered fully (status 200, no error: partial data is
 * never cached) gets `Cache-Control: public, max-age=N` when all callers are the anonymous tenant,
 * and `private, max-age=N` with `Vary` on the credential headers when they authenticate, so one
 * tenant's answer never sits in a shared cache. N defaults to the list TTL of the upstream cache: a
 * CDN copy is no staler than jobgraph's own. Everything else keeps no cache header at all.
 */
export function persistedGetCacheControlPlugin(
  caching: PersistedGetCaching,
): ApolloServerPlugin<GatewayContext> {
  const value = `${caching.shared ? 'public' : 'private'}, max-age=${caching.maxAgeSeconds}`;
  return {
    async requestDidStart({ request }) {
      if (caching.maxAgeSeconds <= 0 || request.http?.method !== 'GET' || !request.extensions?.persistedQuery)
        return;
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length) return;
          if ((response.http.status ?? 200) !== 200) return;
          response.http.headers.set('cache-control', value);
          if (!caching.shared) response.http.headers.set('vary', CREDENTIAL_HEADERS);
        },
      };
    },
  };
}
