import type { NodeType } from '../../domain/global-id';
import type { GatewayContext } from '../gateway-context';

/**
 * Refetches one Node type from its global id's parts, through the request's loaders. Resolves null
 * when the object does not exist; throws BAD_USER_INPUT when the instance is not configured.
 */
export type NodeFetcher = (
  context: GatewayContext,
  instanceId: string,
  keys: readonly string[],
) => Promise<object | null>;

/** The fetchers one domain contributes. */
export type NodeFetchers = Partial<Record<NodeType, NodeFetcher>>;
