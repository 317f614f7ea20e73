import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { SchemaExposure } from '../config/auth.config';
import type { GatewayContext } from '../schema/gateway-context';
import { createFormatError, type ErrorLog } from './format-error';
import { KnownOperationTypesRule } from './known-operation-types.rule';
import { gatewayBusyPlugin } from './plugins/gateway-busy.plugin';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page.plugin';
import { hideSuggestionsPlugin } from './plugins/hide-suggestions.plugin';
import { partialErrorsPlugin } from './plugins/partial-errors.plugin';
import type { PersistedQueriesSetup } from './persisted-queries/persisted-queries-setup';

/** Apollo Server 5 with the gateway's error policy: no stack traces, masked internals. */
export function createApolloServer(
  schema: GraphQLSchema,
  /** Receives the redacted log lines of masked errors and failed upstream calls. */
  logError: ErrorLog,
  /** Run after the built-in plugins (the rate limit reads what the cost analysis estimated). */
  extraPlugins: readonly ApolloServerPlugin<GatewayContext>[] = [],
  /** Parser limits; the HTTP handler refuses over-limit documents before this backstop is reached. */
  parser: { readonly maxTokens?: number } = {},
  /** What clients may learn about the schema; GraphiQL asks for credentials when `authRequired`. */
  exposure: SchemaExposure & { readonly authRequired?: boolean } = { introspection: true, suggestions: true },
  /** APQ's store and the safelist rule (persisted-queries-setup.ts); Apollo's defaults when absent. */
  persisted?: PersistedQueriesSetup,
): ApolloServer<GatewayContext> {
  const formatError = createFormatError(logError);
  return new ApolloServer<GatewayContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: exposure.introspection,
    // Drops "Did you mean ...?" from validation errors: it would list field and type names to anyone.
    hideSchemaDetailsFromClientErrors: !exposure.suggestions,
    ...(parser.maxTokens ? { parseOptions: { maxTokens: parser.maxTokens } } : {}),
    csrfPrevention: true,
    // The CLI owns SIGTERM (a graceful drain); Apollo's own handler would stop it mid-drain and re-raise the signal.
    stopOnTerminationSignals: false,
    // mutation/subscription on this read-only schema: the client's mistake, refused at validation.
    validationRules: [KnownOperationTypesRule, ...(persisted?.validationRules ?? [])],
    ...(persisted ? { persistedQueries: persisted.persistedQueries } : {}),
    // Apollo's own count of selections with fragments expanded (10,000,000), computed without
    // expanding them: a backstop under the cost plugin's far lower maxFieldSelections.
    maxRecursiveSelections: true,
    plugins: [
      // No cache hints exist, so Apollo's plugin would wrap every field only to answer no-store;
      // the gateway's own cacheControlPlugin sets the header (start-gateway.ts).
      ApolloServerPluginCacheControlDisabled(),
      graphiqlLandingPage({ authRequired: exposure.authRequired ?? false }),
      ...(exposure.suggestions ? [] : [hideSuggestionsPlugin()]),
      partialErrorsPlugin(formatError),
      gatewayBusyPlugin(),
      ...extraPlugins,
    ],
  });
}
