import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { graphqlSync, isObjectType, parse, printSchema, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { fromGlobalId } from '../domain/global-id';
import { BadUserInputError } from '../errors/bad-user-input.error';
import type { GatewayContext } from './gateway-context';
import { fetchNode } from './node/node.resolver';

/** The Federation 2 spec the subgraph links, and the directives it uses. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;

/** The object types implementing `Node`: each is an entity keyed by its global id. */
function nodeEntityNames(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
    .map((type) => type.name)
    .sort();
}

/**
 * The gateway schema as an Apollo Federation 2 subgraph: the same types and resolvers, `@key(fields:
 * "id")` on every Node type, and `_entities` resolving each representation through `fetchNode`, the
 * path `nodes(ids:)` takes, so the gateway's entity fetches batch in the loaders exactly as `nodes` does.
 */
export function buildJobgraphSubgraphSchema(schema: GraphQLSchema): GraphQLSchema {
  const entities = nodeEntityNames(schema);
  let sdl = printSchema(schema);
  for (const name of entities)
    sdl = sdl.replace(
      new RegExp(`^type ${name} implements ([^{]*)\\{`, 'm'),
      `type ${name} implements $1@key(fields: "id") {`,
    );
  // type-graphql's resolvers as a plain map (its documented federation recipe); same functions, same context.
  const resolvers = createResolversMap(schema) as unknown as GraphQLResolverMap<unknown>;
  for (const name of entities) {
    const reference = {
      __resolveReference: async (representation: { id: string }, context: unknown) => {
        // @apollo/subgraph stamps the representation's __typename on whatever comes back: a JobRun
        // asked for as a Workspace would be served as one. An id of another type is refused instead.
        if (fromGlobalId(representation.id)?.type !== name)
          throw new BadUserInputError(`"${String(representation.id).slice(0, 64)}" is not a ${name} id.`, {
            argument: 'representations',
          });
        return fetchNode(context as GatewayContext, representation.id, 'representations');
      },
    };
    // @apollo/subgraph reads __resolveReference off the type's map; its typings omit it.
    resolvers[name] = { ...resolvers[name], ...reference } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs: parse(`${FEDERATION_LINK}\n\n${sdl}`), resolvers });
}

/** The subgraph's SDL exactly as `_service { sdl }` answers the gateway (what subgraph.graphql holds). */
export function subgraphSdl(subgraph: GraphQLSchema): string {
  const result = graphqlSync({ schema: subgraph, source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: unknown } | undefined)?.sdl;
  if (typeof sdl !== 'string') throw new Error('The subgraph schema has no _service { sdl }.');
  return sdl;
}
