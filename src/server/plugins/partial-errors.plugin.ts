import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../../schema/gateway-context';
import type { FormatError } from '../format-error';

/**
 * Appends the errors of fields that still returned data (`context.partialErrors`) to the response.
 * Apollo has already formatted its own errors by then, so each of these goes through the same
 * allowlist (`format`, the server's formatError) before a client sees it.
 */
export function partialErrorsPlugin(format: FormatError): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.partialErrors.length === 0) return;
          const result = response.body.singleResult;
          const extra = contextValue.partialErrors.map((error) => format(error.toJSON(), error));
          result.errors = [...(result.errors ?? []), ...extra];
        },
      };
    },
  };
}
