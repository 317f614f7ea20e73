import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../schema/gateway-context';
import { createFormatError, type ErrorLog } from './format-error';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page.plugin';
import { partialErrorsPlugin } from './plugins/partial-errors.plugin';

/** Apollo Server 5 with the gateway's error policy: no stack traces, masked internals. */
export function createApolloServer(
  schema: GraphQLSchema,
  /** Receives the redacted log lines of masked errors and failed upstream calls. */
  logError: ErrorLog,
  /** Run after the built-in plugins (the rate limit reads what the cost analysis estimated). */
  extraPlugins: readonly ApolloServerPlugin<GatewayContext>[] = [],
): ApolloServer<GatewayContext> {
  const formatError = createFormatError(logError);
  return new ApolloServer<GatewayContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    plugins: [graphiqlLandingPage(), partialErrorsPlugin(formatError), ...extraPlugins],
  });
}
