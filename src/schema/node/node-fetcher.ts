import type { NodeType } from '../../domain/global-id';
import type { GatewayContext } from '../gateway-context';

/**
 * Refetches one Node type from its global id's parts, through the request's loaders. Resolves null
 * when the object does not exist or the tenant may not read it (node() makes both the same
 * NOT_FOUND); throws BAD_USER_INPUT when the instance is not configured (or not granted: the
 * context's providers are the tenant's view, so the two are one case).
 */
export type NodeFetcher = (
  context: GatewayContext,
  instanceId: string,
  keys: readonly string[],
) => Promise<object | null>;

/** The fetchers one domain contributes. */
export type NodeFetchers = Partial<Record<NodeType, NodeFetcher>>;
