import type { NodeFetchers } from '../node/node-fetcher';

// PLACEHOLDER (being replaced in this session): how node(id:) refetches this provider's types.
export const PAI_DLC_NODE_FETCHERS: NodeFetchers = {};
