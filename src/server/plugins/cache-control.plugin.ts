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
 * The one place that sets `Cache-Control` on GraphQL answers (Apollo's cache-control plugin is
 * disabled: it wrapped every field resolver to collect hints this schema never gives).
 *
 * APQ's point over GET is that a CDN can cache it: the URL names the operation (hash) and its
 * variables. A GET of a persisted query that answered fully (status 200, no error: partial data is
 * never cached) gets `public, max-age=N` when all callers are the anonymous tenant, and
 * `private, max-age=N` with `Vary` on the credential headers when they authenticate, so one
 * tenant's answer never sits in a shared cache. N defaults to the list TTL of the upstream cache: a
 * CDN copy is no staler than jobgraph's own. Every other answer is `no-store`.
 */
export function cacheControlPlugin(caching: PersistedGetCaching): ApolloServerPlugin<GatewayContext> {
  const cacheable = `${caching.shared ? 'public' : 'private'}, max-age=${caching.maxAgeSeconds}`;
  return {
    async requestDidStart({ request }) {
      const persistedGet =
        caching.maxAgeSeconds > 0 && request.http?.method === 'GET' && !!request.extensions?.persistedQuery;
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const full =
            body.kind === 'single' &&
            !body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
          if (persistedGet && full) {
            response.http.headers.set('cache-control', cacheable);
            if (!caching.shared) response.http.headers.set('vary', CREDENTIAL_HEADERS);
          } else if (!response.http.headers.has('cache-control')) {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
