import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authentication } from '../auth/authentication';
import type { ProviderRegistry } from '../providers/provider-registry';
import { sendJson } from './graphql-http-handler';
import { publicReadiness, readinessDetail, readinessHttpStatus } from './readiness';

/**
 * Serves /readyz. Anyone gets `{ status }` with 200 or 503, all a load balancer reads.
 * `/readyz?detail=1` adds each instance's breaker, which names instances, so it is answered only
 * for a caller that authenticates like a GraphQL request does (refused the same way otherwise).
 */
export async function serveReadiness(
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  providers: ProviderRegistry,
  authenticate: (req: IncomingMessage) => Promise<Authentication>,
): Promise<void> {
  // Probes poll; a cached answer would hide a change of state.
  const headers = { 'cache-control': 'no-store' };
  if (!query.has('detail')) {
    const readiness = publicReadiness(readinessDetail(providers));
    return sendJson(res, readinessHttpStatus(readiness), readiness, headers);
  }
  const authentication = await authenticate(req);
  if ('refuse' in authentication)
    return sendJson(
      res,
      authentication.refuse.status,
      authentication.refuse.body,
      authentication.refuse.headers,
    );
  const detail = readinessDetail(providers);
  return sendJson(res, readinessHttpStatus(detail), detail, headers);
}
