import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../../schema/gateway-context';
import type { RateLimiter } from '../rate-limit/rate-limiter';

/**
 * The per-tenant upstream-call rate: each operation is charged what the cost analysis estimates
 * (`context.cost.requestedUpstreamCalls`, 1 without an estimate) before it executes, and settled
 * against the calls it actually made when its response is sent. Over the rate, the operation is
 * answered 429 THROTTLED with `Retry-After` and never executes, so it makes no upstream call.
 *
 * The charge is taken in `responseForOperation`, not `didResolveOperation`: Apollo runs every
 * plugin's `didResolveOperation` concurrently, so only the next hook is sure to see the cost
 * analysis's estimate, and it is not reached when the cost analysis refused the query (which then
 * costs the tenant nothing).
 */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      // Set once the operation is admitted; a refused or never-resolved operation settles nothing.
      let charged: number | undefined;
      return {
        async responseForOperation({ contextValue }) {
          const outcome = await limiter.chargeUpstreamCalls(
            contextValue.tenant.id,
            contextValue.cost.requestedUpstreamCalls,
          );
          if (typeof outcome === 'number') {
            charged = outcome;
            return null;
          }
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', outcome.retryAfterHeader]]) },
            body: { kind: 'single', singleResult: { errors: [outcome.toJSON()] } },
          };
        },
        async willSendResponse({ contextValue }) {
          if (charged !== undefined)
            await limiter.settleUpstreamCalls(
              contextValue.tenant.id,
              charged,
              contextValue.scope.upstream.calls,
            );
        },
      };
    },
  };
}
