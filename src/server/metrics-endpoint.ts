import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authentication } from '../auth/authentication';
import type { GatewayMetrics } from '../observability/gateway-metrics';
import { sendJson } from './graphql-http-handler';

/**
 * Serves /metrics in Prometheus' text format. Its labels name provider instances and the
 * operations clients send, like `/readyz?detail=1`; so with `requireAuth` the scraper
 * authenticates like a GraphQL request does (refused the same way otherwise). Without it (the
 * default on a loopback listener) anyone who reaches the port may scrape.
 */
export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: GatewayMetrics,
  requireAuth: boolean,
  authenticate: (req: IncomingMessage) => Promise<Authentication>,
): Promise<void> {
  if (requireAuth) {
    const authentication = await authenticate(req);
    if ('refuse' in authentication)
      return sendJson(
        res,
        authentication.refuse.status,
        authentication.refuse.body,
        authentication.refuse.headers,
      );
  }
  const { contentType, text } = await metrics.scrape();
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}
