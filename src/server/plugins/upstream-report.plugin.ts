import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from '../../request/request-scope';
import type { GatewayContext } from '../../schema/gateway-context';

/** What one response says it cost upstream: counts only, nothing that names a host. */
export interface UpstreamReport {
  /** Upstream calls made (attempts sent, retries included). */
  readonly calls: number;
  /** Reads answered by the cross-request cache instead. */
  readonly cacheHits: number;
  readonly byProvider: Readonly<Record<string, { readonly calls: number; readonly cacheHits: number }>>;
}

/** The report of a request's scope, providers in name order. */
export function upstreamReportOf(scope: RequestScope): UpstreamReport {
  const { upstream, cacheHits } = scope;
  const providers = [...new Set([...Object.keys(upstream.byProvider), ...Object.keys(cacheHits.byProvider)])];
  return {
    calls: upstream.calls,
    cacheHits: cacheHits.hits,
    byProvider: Object.fromEntries(
      providers
        .sort()
        .map((provider) => [
          provider,
          { calls: upstream.byProvider[provider] ?? 0, cacheHits: cacheHits.byProvider[provider] ?? 0 },
        ]),
    ),
  };
}

/**
 * Every executed response carries `extensions.upstream { calls, cacheHits, byProvider }`, so a
 * client (and a test) sees what its query cost upstream and what the cache saved it.
 */
export function upstreamReportPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          // Responses refused before the context exists have no scope to report.
          if (!contextValue?.scope) return;
          const result =
            response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          result.extensions = { ...result.extensions, upstream: upstreamReportOf(contextValue.scope) };
        },
      };
    },
  };
}
