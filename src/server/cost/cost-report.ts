import type { LimitsConfig } from '../../config/limits.config';
import type { RequestCost } from '../../schema/gateway-context';

/** `extensions.cost` of every response, in the spirit of Shopify's requested/actual query cost. */
export interface CostReport {
  /** Objects the query could build, estimated before execution; null when it never got that far. */
  readonly requestedObjects: number | null;
  /** Upstream calls the query could make (an upper bound), estimated before execution. */
  readonly requestedUpstreamCalls: number | null;
  /** Upstream calls this request made, as the provider policies counted them. */
  readonly actualUpstreamCalls: number;
  readonly limit: { readonly maxObjects: number; readonly maxUpstreamCalls: number };
}

/** The report from a request's estimate and its actual count. */
export function costReport(
  cost: RequestCost | undefined,
  actualUpstreamCalls: number,
  limits: Pick<LimitsConfig, 'maxObjects' | 'maxUpstreamCalls'>,
): CostReport {
  return {
    requestedObjects: cost?.requestedObjects ?? null,
    requestedUpstreamCalls: cost?.requestedUpstreamCalls ?? null,
    actualUpstreamCalls,
    limit: { maxObjects: limits.maxObjects, maxUpstreamCalls: limits.maxUpstreamCalls },
  };
}
