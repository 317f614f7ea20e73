import { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** What `type Query` says of itself in the SDL and in introspection. */
export const QUERY_DESCRIPTION =
  'The root of every read: one Relay connection per provider list, the merged `jobs` of every provider, and `node`/`nodes` to refetch any object by its global id.';

/**
 * The schema with a description on its Query type. type-graphql builds the root type itself and
 * offers no option for its description, so the type is rebuilt from its own config (fields and
 * resolvers unchanged) and put back in place of the old one.
 */
export function withQueryDescription(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const old = config.query;
  if (!old) return schema;
  const query = new GraphQLObjectType({ ...old.toConfig(), description: QUERY_DESCRIPTION });
  return new GraphQLSchema({
    ...config,
    query,
    types: config.types.map((type) => (type === old ? query : type)),
  });
}
