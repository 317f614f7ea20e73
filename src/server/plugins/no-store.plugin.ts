import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `cache-control: no-store` on every GraphQL answer, which Apollo's cache-control plugin sent (no
 * type or field of this schema carries a cache hint, so every answer was uncacheable). That plugin
 * is disabled: it wrapped every field resolver of every request to collect hints that never exist,
 * a cost per field for a header that is always the same (issue 13).
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
