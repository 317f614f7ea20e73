import { buildGatewaySchema } from '../schema/build-schema';
import { printGatewaySchema } from '../schema/print-schema';

/** `jobgraph schema`: prints the SDL; the checked-in schema.graphql is exactly this output. */
export async function schemaCommand(io: { stdout: NodeJS.WritableStream }): Promise<void> {
  io.stdout.write(printGatewaySchema(await buildGatewaySchema()));
}
