import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../schema/gateway-context';
import { createFormatError, type MaskedErrorReporter } from './format-error';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page.plugin';
import { partialErrorsPlugin } from './plugins/partial-errors.plugin';

/** Apollo Server 5 with the gateway's error policy: no stack traces, masked internals. */
export function createApolloServer(
  schema: GraphQLSchema,
  reportMaskedError: MaskedErrorReporter,
  /** Run after the built-in plugins (the rate limit reads what the cost analysis estimated). */
  extraPlugins: readonly ApolloServerPlugin<GatewayContext>[] = [],
): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    schema,
    formatError: createFormatError(reportMaskedError),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    plugins: [graphiqlLandingPage(), partialErrorsPlugin(), ...extraPlugins],
  });
}
