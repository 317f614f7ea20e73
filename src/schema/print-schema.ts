import { printSchema, type GraphQLSchema } from 'graphql';

/** The banner at the top of the checked-in schema.graphql. */
export const SCHEMA_BANNER = `# GENERATED FILE: do not edit. Emitted by \`npx jobgraph schema\` from the type-graphql classes in src/schema.
# test/schema.test.ts fails when this file and the code drift apart; regenerate with \`npm run schema:emit\`.`;

/** The SDL as checked in: banner, then the sorted schema. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${SCHEMA_BANNER}\n\n${printSchema(schema)}\n`;
}

/** The banner at the top of the checked-in subgraph.graphql. */
export const SUBGRAPH_BANNER = `# GENERATED FILE: do not edit. Emitted by \`npx jobgraph schema --federation\`: the Apollo Federation 2 subgraph SDL.
# test/subgraph-schema.test.ts fails when this file and the code drift apart; regenerate with \`npm run schema:emit\`.`;

/** The subgraph SDL as checked in: banner, then what `_service { sdl }` answers. */
export function printSubgraphSdl(sdl: string): string {
  return `${SUBGRAPH_BANNER}\n\n${sdl.trimEnd()}\n`;
}
