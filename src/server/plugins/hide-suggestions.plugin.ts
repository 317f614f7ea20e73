import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js's suggestion tail, as Apollo's own DisableSuggestions plugin matches it. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * Drops "Did you mean ...?" from variable errors (`Value "FAILD" does not exist in "JobStatus" enum.
 * Did you mean the enum value "FAILED"?`). Apollo's `hideSchemaDetailsFromClientErrors` strips it
 * from validation errors only; variable coercion errors hand out type and value names the same way.
 * Errors with a path come from resolvers and carry jobgraph's own messages, so they are left alone.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors)
            if (error.path === undefined) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
