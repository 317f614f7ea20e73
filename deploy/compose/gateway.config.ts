import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway in front of the jobgraph replicas (compose.yaml mounts this file and
 * supergraph.graphql into ghcr.io/graphql-hive/gateway). jobgraph authenticates every caller
 * itself and refuses unauthenticated entity fetches, so the gateway forwards the client's
 * Authorization header; it retries a call that met a replica going away (network error, 5xx, 429),
 * never a subgraph's own GraphQL errors.
 */
export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
  },
  upstreamRetry: { maxRetries: 2, retryDelay: 50 },
  // Above jobgraph's own limits.requestDeadlineMs (15 s by default): jobgraph answers first, with partial data.
  upstreamTimeout: 20_000,
});
