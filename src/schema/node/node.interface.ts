import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's Node: anything with a global id can be refetched with `node(id:)`. Results carry a
 * `__typename` (set by `asNode`) that resolves the concrete type.
 */
@InterfaceType({
  description:
    'An object with a global id, refetchable with `node(id:)` (Relay Global Object Identification).',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id: enough to refetch this object with `node(id:)`.' })
  id!: string;
}
