import type { TenantGrants } from '../../../src/domain/tenant';
import { postAsTenant, tenantTableAuthenticator } from '../../helpers/tenant-header';
import { startTestGateway, type GraphQLTestResponse, type TestGateway } from '../../helpers/test-gateway';

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

/** Starts the emulators and a gateway that authenticates by TENANT_HEADER. Stop `gw` in afterAll. */
export async function startTenancyGateway(
  initial: Record<string, TenantGrants> = {},
): Promise<TenancyGateway> {
  const tenants = new Map(Object.entries(initial));
  const gw = await startTestGateway({ gateway: { authenticate: tenantTableAuthenticator(tenants) } });
  return {
    gw,
    tenants,
    async as<T>(tenant: string | undefined, query: string, variables?: Record<string, unknown>) {
      const { status, body } = await postAsTenant<T>(gw.url, tenant, query, variables);
      return { status, ...body } as GraphQLTestResponse<T>;
    },
  };
}

/**
 * The errors as a client can compare them: messages with the values the client itself sent
 * replaced, paths, and every extension except the per-request ones.
 */
export function errorShape(response: GraphQLTestResponse<unknown>, sent: readonly string[] = []): unknown[] {
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
