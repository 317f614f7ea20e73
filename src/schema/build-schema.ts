import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EMR_SERVERLESS_SPARK_RESOLVERS } from './emr-serverless-spark/emr-serverless-spark.resolvers';
import { GRAVITINO_JOB_TEMPLATE_TYPES, GRAVITINO_RESOLVERS } from './gravitino/gravitino.resolvers';
import { JobResolver } from './job/job.resolver';
import { NodeResolver } from './node/node.resolver';
import { PAI_DLC_RESOLVERS } from './pai-dlc/pai-dlc.resolvers';
import { withQueryDescription } from './query-description';
import { SAE_RESOLVERS } from './sae/sae.resolvers';

/** Builds the gateway schema from the type-graphql classes, sorted so printed SDL is stable. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      JobResolver,
      ...EMR_SERVERLESS_SPARK_RESOLVERS,
      ...PAI_DLC_RESOLVERS,
      ...SAE_RESOLVERS,
      ...GRAVITINO_RESOLVERS,
    ],
    // Types no resolver returns by name (only through an interface): registered here, not by import.
    orphanedTypes: [...GRAVITINO_JOB_TEMPLATE_TYPES],
    // Inputs are validated by the resolvers themselves into typed BAD_USER_INPUT errors.
    validate: false,
  });
  return lexicographicSortSchema(withQueryDescription(schema));
}
