import { parseConfig } from '../../../src/config/load-config';
import type { GatewayConfig } from '../../../src/config/gateway-config';

/** One raw HTTP exchange with the gateway, headers included (the test gateway's `query` sends none). */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs a GraphQL document with the given request headers. */
export async function postGraphQL(
  url: string,
  query: string,
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as RawResponse['body'],
  };
}

/** The auth and tenants a config file's text gives, through the real parser and validation. */
export function authFromYaml(text: string): Pick<GatewayConfig, 'auth' | 'tenants'> {
  const { auth, tenants } = parseConfig(text, {}, 'test.yaml');
  return { auth, tenants };
}

/** A query every test can run: one upstream call (EMR ListWorkspaces per region). */
export const WORKSPACES = '{ workspaces(first: 2) { nodes { id } pageInfo { endCursor } } }';
