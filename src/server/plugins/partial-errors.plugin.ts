import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../../schema/gateway-context';

/**
 * Appends the errors of fields that still returned data (`context.partialErrors`) to the response.
 * They are built from GatewayErrors only (code, message, path, upstream details), so they are as
 * safe as what formatError lets through.
 */
export function partialErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.partialErrors.length === 0) return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...contextValue.partialErrors.map((error) => error.toJSON())];
        },
      };
    },
  };
}
