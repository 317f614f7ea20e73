import { toGlobalId, type NodeType } from '../../domain/global-id';

/** A domain object ready for GraphQL: its concrete type name and its global id. */
export type AsNode<T> = T & { readonly __typename: NodeType; readonly id: string };

/** Tags a domain object with its Node type and global id (instance id plus the provider's own keys). */
export function asNode<T extends object>(
  type: NodeType,
  instanceId: string,
  keys: readonly string[],
  value: T,
): AsNode<T> {
  return { ...value, __typename: type, id: toGlobalId(type, instanceId, keys) };
}
