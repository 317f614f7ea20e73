import type { ApolloServer, HeaderMap } from '@apollo/server';
import { UnauthenticatedError } from '../errors/unauthenticated.error';
import type { GatewayContext } from '../schema/gateway-context';

/**
 * The landing page (GraphiQL) for a request that brought no valid credentials: it holds no data,
 * and it is where a browser user types them in. Apollo decides whether the request asks for the
 * page; if it asks for anything else, Apollo needs a context, which throws, and the caller refuses
 * the request as unauthenticated. Undefined when the answer is not the page.
 */
export async function landingPageWithoutCredentials(
  server: ApolloServer<GatewayContext>,
  headers: HeaderMap,
  search: string,
): Promise<string | undefined> {
  if (!/text\/html/i.test(headers.get('accept') ?? '')) return undefined;
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'GET', headers, search, body: undefined },
    context: async () => {
      throw new UnauthenticatedError();
    },
  });
  const isPage = response.body.kind === 'complete' && response.headers.get('content-type') === 'text/html';
  return isPage && response.body.kind === 'complete' ? response.body.string : undefined;
}
