import type { ApolloServerPlugin } from '@apollo/server';
import type { LimitsConfig } from '../../config/limits.config';
import type { GatewayContext } from '../../schema/gateway-context';
import { costEnvironmentOf } from '../cost/cost-environment';
import { costReport } from '../cost/cost-report';
import { checkOperation } from '../limits/check-operation';
import { OperationCheckMemo } from '../limits/operation-check-memo';

/** What the cost plugin needs. */
export interface CostPluginOptions {
  readonly limits: LimitsConfig;
}

/**
 * Limits before execution and the cost analysis. In `didResolveOperation` (after parsing and
 * validation, with the operation and variables known) it checks the operation's shape, string
 * lengths and provider-aware cost, and refuses with HTTP 400 before any resolver runs, so nothing
 * is called upstream. The estimate is written to `contextValue.cost` synchronously, before the
 * hook's first await: register this plugin before any plugin that reads it (the per-tenant rate
 * limit), as Apollo starts the hooks in plugin order. Every response, refusals included, carries
 * `extensions.cost`.
 */
export function costPlugin(options: CostPluginOptions): ApolloServerPlugin<GatewayContext> {
  const { limits } = options;
  const memo = new OperationCheckMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, response, contextValue }) {
          if (!operation) return;
          // The tenant's own view of the providers: a list fans out only over what it may read.
          const environment = costEnvironmentOf(contextValue.instances);
          const check = memo.verdict(environment, document, operation, request.variables, () =>
            checkOperation(schema, document, operation, request.variables, limits, environment),
          );
          if (check.estimate) {
            contextValue.cost.requestedObjects = check.estimate.requestedObjects;
            contextValue.cost.requestedUpstreamCalls = check.estimate.requestedUpstreamCalls;
          }
          if (check.refusal) {
            // Apollo answers an error thrown here with 500 unless the response already has a status.
            response.http.status = 400;
            throw check.refusal;
          }
        },
        async willSendResponse({ response, contextValue }) {
          const cost = costReport(contextValue.cost, contextValue.scope.upstream.calls, limits);
          const result =
            response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
