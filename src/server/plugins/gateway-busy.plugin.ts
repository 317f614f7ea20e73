import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { GATEWAY_BUSY_RETRY_AFTER_SECONDS } from '../../errors/gateway-busy.error';
import type { GatewayContext } from '../../schema/gateway-context';

/** True when the response carries no field value at all (no data, or every root field null). */
function servedNothing(data: Record<string, unknown> | null | undefined): boolean {
  return !data || Object.values(data).every((value) => value === null);
}

function isBusy(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === 'GATEWAY_BUSY';
}

/**
 * When nothing could be served because the gateway's own queues were full (every error is
 * GATEWAY_BUSY and no root field has data), answers HTTP 503 with `Retry-After`, so clients and load
 * balancers back off or go to another replica, as they would for any overloaded server. A response
 * with some data stays 200: the busy fields are partial errors like any other.
 */
export function gatewayBusyPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors || errors.length === 0 || !errors.every(isBusy) || !servedNothing(data)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(GATEWAY_BUSY_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
