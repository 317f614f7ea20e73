import type { IncomingMessage } from 'node:http';
import { ANONYMOUS_TENANT, type Tenant, type TenantGrants } from '../../../src/domain/tenant';
import type { Authentication } from '../../../src/server/graphql-http-handler';
import { startTestGateway, type GraphQLTestResponse, type TestGateway } from '../../helpers/test-gateway';

/** The header the test authenticator reads the tenant from; absent: the anonymous (auth `none`) tenant. */
export const TENANT_HEADER = 'x-test-tenant';

/** A gateway whose callers pick their tenant by header, out of a table the test fills in. */
export interface TenancyGateway {
  readonly gw: TestGateway;
  /** Tenants by id; the test may add or replace grants before querying (data ids are discovered). */
  readonly tenants: Map<string, TenantGrants>;
  /** Sends a query as `tenant` (undefined: anonymous, i.e. what the demo answers today). */
  as<T = Record<string, unknown>>(
    tenant: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLTestResponse<T>>;
}

/** Unknown tenant names are refused outright, like a bad credential. */
function authenticator(tenants: Map<string, TenantGrants>) {
  return async (req: IncomingMessage): Promise<Authentication> => {
    const name = req.headers[TENANT_HEADER];
    if (name === undefined) return { tenant: ANONYMOUS_TENANT };
    const grants = typeof name === 'string' ? tenants.get(name) : undefined;
    if (typeof name !== 'string' || !grants)
      return { refuse: { status: 401, body: { errors: [{ message: 'Unknown tenant.' }] } } };
    const tenant: Tenant = { id: name, grants };
    return { tenant };
  };
}

/** Starts the emulators and a gateway that authenticates by TENANT_HEADER. Stop `gw` in afterAll. */
export async function startTenancyGateway(initial: Record<string, TenantGrants> = {}): Promise<TenancyGateway> {
  const tenants = new Map(Object.entries(initial));
  const gw = await startTestGateway({ gateway: { authenticate: authenticator(tenants) } });
  return {
    gw,
    tenants,
    async as<T>(tenant: string | undefined, query: string, variables?: Record<string, unknown>) {
      const response = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tenant ? { [TENANT_HEADER]: tenant } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T | null; errors?: GraphQLTestResponse['errors'] };
      return { status: response.status, ...body } as GraphQLTestResponse<T>;
    },
  };
}

/**
 * The errors as a client can compare them: messages with the values the client itself sent
 * replaced, paths, and every extension except the per-request ones.
 */
export function errorShape(
  response: GraphQLTestResponse<unknown>,
  sent: readonly string[] = [],
): unknown[] {
  return (response.errors ?? []).map((error) => {
    const { requestId: _requestId, cost: _cost, ...extensions } = error.extensions ?? {};
    // Messages quote at most the first 64 characters of what was sent.
    const message = sent.reduce(
      (text, value) => text.split(value).join('<sent>').split(value.slice(0, 64)).join('<sent>'),
      error.message,
    );
    return { message, path: error.path, extensions };
  });
}
