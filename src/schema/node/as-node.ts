import { toGlobalId, type NodeType } from '../../domain/global-id';

/** A domain object ready for GraphQL: its concrete type name and its global id. */
export type AsNode<T> = T & { readonly __typename: NodeType; readonly id: string };

/**
 * Nodes already made, per type and domain object. Domain objects are immutable and a cached list's
 * objects are shared by every request that reads it (providers/mapped-bodies.ts), so a page of them
 * is tagged, global ids and all, once per cache refresh rather than once per request (issue 13).
 * Weak: a node lives exactly as long as the object it was made from.
 */
const made = new Map<NodeType, WeakMap<object, object>>();

/**
 * Tags a domain object with its Node type and global id (instance id plus the provider's own keys).
 * `instanceId` and `keys` must be read from `value` itself: the node made for an object is reused.
 */
export function asNode<T extends object>(
  type: NodeType,
  instanceId: string,
  keys: readonly string[],
  value: T,
): AsNode<T> {
  let ofType = made.get(type);
  if (!ofType) made.set(type, (ofType = new WeakMap()));
  const known = ofType.get(value) as AsNode<T> | undefined;
  if (known) return known;
  const node: AsNode<T> = { ...value, __typename: type, id: toGlobalId(type, instanceId, keys) };
  ofType.set(value, node);
  return node;
}
