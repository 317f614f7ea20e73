import { buildGatewaySchema } from '../schema/build-schema';
import { buildJobgraphSubgraphSchema, subgraphSdl } from '../schema/build-subgraph-schema';
import { printGatewaySchema, printSubgraphSdl } from '../schema/print-schema';

/**
 * `jobgraph schema`: prints the SDL; the checked-in schema.graphql is exactly this output. With
 * `federation`, the Apollo Federation 2 subgraph SDL instead (subgraph.graphql).
 */
export async function schemaCommand(
  values: { federation?: boolean },
  io: { stdout: NodeJS.WritableStream },
): Promise<void> {
  const schema = await buildGatewaySchema();
  io.stdout.write(
    values.federation
      ? printSubgraphSdl(subgraphSdl(buildJobgraphSubgraphSchema(schema)))
      : printGatewaySchema(schema),
  );
}
