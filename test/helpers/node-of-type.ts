/**
 * A `node`/`nodes` answer narrowed to the type the test refetched, so its type's fields can be read:
 * any other type, or no node, fails the test here, naming what arrived instead.
 */
export function nodeOfType<N extends { readonly __typename: string }, T extends N['__typename']>(
  node: N | null | undefined,
  typename: T,
): Extract<N, { readonly __typename: T }> {
  if (node?.__typename !== typename)
    throw new Error(`expected a ${typename}, got ${node?.__typename ?? node}`);
  return node as Extract<N, { readonly __typename: T }>;
}
