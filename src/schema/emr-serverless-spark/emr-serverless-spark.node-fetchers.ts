import type { NodeFetchers } from '../node/node-fetcher';

// PLACEHOLDER (being replaced in this session): how node(id:) refetches this provider's types.
export const EMR_SERVERLESS_SPARK_NODE_FETCHERS: NodeFetchers = {};
