import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway's config for the supergraph tests, loaded by `hive-gateway supergraph -c <this file>`
 * in its own process (test/helpers/supergraph-gateway.ts). What jobgraph needs from any gateway:
 * the client's Authorization header forwarded to the subgraph, and retries of failed subgraph calls.
 */
export const gatewayConfig = defineConfig({
  // The client's credentials go to jobgraph (only), which authenticates the tenant itself (401 without).
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) =>
      subgraphName === 'jobgraph' ? { authorization: request.headers.get('authorization') } : {},
  },
  // Hive's default shouldRetry: network errors, 5xx, 429 and Retry-After, never a subgraph's own
  // GraphQL errors in a 200 (so typed errors are not retried into extra upstream calls). Two
  // retries: a call that met the stopped replica is made again, and the balancer sends it to a live one.
  upstreamRetry: { maxRetries: 2, retryDelay: 20 },
  upstreamTimeout: 20_000,
});
