import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import type { TenantGrants } from '../../src/domain/tenant';
import { runAsTenant, tenantTableAuthenticator } from './tenant-header';
import {
  startTestGateway,
  type GraphQLTestResponse,
  type TestGateway,
  type VariablesArgument,
} from './test-gateway';

/** A gateway whose callers pick their tenant by header, out of a table the test fills in. */
export interface TenancyGateway {
  readonly gw: TestGateway;
  /** Tenants by id; the test may add or replace grants before querying (data ids are discovered). */
  readonly tenants: Map<string, TenantGrants>;
  /** Sends a generated operation as `tenant` (undefined: anonymous, i.e. what the demo answers today). */
  as<D extends TypedDocumentNode<unknown, never>>(
    tenant: string | undefined,
    document: D,
    ...variables: VariablesArgument<VariablesOf<D>>
  ): Promise<GraphQLTestResponse<ResultOf<D>>>;
}

/** Starts the emulators and a gateway that authenticates by TENANT_HEADER. */
async function startTenancyGateway(initial: Record<string, TenantGrants> = {}): Promise<TenancyGateway> {
  const tenants = new Map(Object.entries(initial));
  const gw = await startTestGateway({ gateway: { authenticate: tenantTableAuthenticator(tenants) } });
  return {
    gw,
    tenants,
    async as(tenant, document, ...variables) {
      const { status, body } = await runAsTenant(gw.url, tenant, document, ...variables);
      return { status, ...body };
    },
  };
}

/** What a tenancy suite starts with: its tenant table, and a setup that reads the started gateway. */
export interface TenancySuiteOptions<F> {
  readonly tenants?: Record<string, TenantGrants>;
  /** Runs once the gateway is up, e.g. to discover the demo data and fill the tenant table. */
  readonly setup?: (t: TenancyGateway) => Promise<F>;
}

/** The tenancy gateway of a describe block, and what its setup returned. */
export interface TenancySuite<F> extends TenancyGateway {
  readonly fixture: F;
}

/**
 * A tenancy gateway for the enclosing describe block: started (then set up) in beforeAll, stopped
 * in afterAll, the emulators' logs and faults cleared before each test. Its members read the
 * started gateway, so they are usable from the tests and hooks on (not while the block is defined).
 */
export function useTenancyGateway<F = undefined>(options: TenancySuiteOptions<F> = {}): TenancySuite<F> {
  let gateway: TenancyGateway | undefined;
  let fixture: { readonly value: F } | undefined;
  const started = () => {
    if (!gateway) throw new Error('the tenancy gateway starts in beforeAll: use it from a test or hook');
    return gateway;
  };
  beforeAll(async () => {
    gateway = await startTenancyGateway(options.tenants);
    fixture = { value: options.setup ? await options.setup(gateway) : (undefined as F) };
  });
  afterAll(async () => {
    await gateway?.gw.stop();
  });
  beforeEach(() => started().gw.resetEmulators());
  return {
    get gw() {
      return started().gw;
    },
    get tenants() {
      return started().tenants;
    },
    as: (tenant, document, ...variables) => started().as(tenant, document, ...variables),
    get fixture() {
      if (!fixture) throw new Error('the tenancy fixture is set up in beforeAll: use it from a test or hook');
      return fixture.value;
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
