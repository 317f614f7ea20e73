import type { ApolloServerPlugin } from '@apollo/server';
import { errorCodeLabel } from '../../observability/metric-labels';
import type { RequestObserver } from '../../observability/request-observer';
import type { GatewayContext } from '../../schema/gateway-context';

/**
 * Tells the request's access record (RequestObserver) what only Apollo knows: the name of the
 * operation it resolved, and the codes of the errors it answers with, read after formatError has
 * run, so they are exactly the codes the client sees.
 */
export function requestMetricsPlugin(observer: RequestObserver): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          const record = observer.recordOf(contextValue.scope);
          if (record) record.operationName = operationName ?? null;
        },
        async willSendResponse({ response, contextValue }) {
          // Undefined when the context was never built; the access line still reports the status.
          const record = observer.recordOf(contextValue?.scope);
          if (!record || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            record.errorCodes.push(errorCodeLabel(code));
          }
        },
      };
    },
  };
}
