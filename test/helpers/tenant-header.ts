import type { IncomingMessage } from 'node:http';
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ANONYMOUS_TENANT, type Tenant, type TenantGrants } from '../../src/domain/tenant';
import type { Authentication } from '../../src/auth/authentication';
import type { VariablesArgument } from './test-gateway';

/** The header test authenticators read the tenant from (authentication itself is tested elsewhere). */
export const TENANT_HEADER = 'x-test-tenant';

/** The tenant is whatever TENANT_HEADER names, with no grants; no header: a tenant named `anonymous`. */
export async function tenantFromHeader(req: IncomingMessage): Promise<Authentication> {
  return { tenant: { id: String(req.headers[TENANT_HEADER] ?? 'anonymous'), grants: {} } };
}

/**
 * The tenant TENANT_HEADER names, with its grants from `tenants` (a table the test may fill in after
 * start, as data ids are discovered). No header: the anonymous tenant; an unknown name is refused
 * outright, like a bad credential.
 */
export function tenantTableAuthenticator(tenants: ReadonlyMap<string, TenantGrants>) {
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

/** What the gateway answered one POST, as a tenant-aware test reads it. */
export interface TenantAnswer<T = Record<string, unknown>> {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: {
    readonly data?: T | null;
    readonly errors?: readonly {
      message: string;
      path?: readonly (string | number)[];
      extensions?: Record<string, unknown>;
    }[];
  };
}

/** POSTs a GraphQL document as `tenant` (undefined: without TENANT_HEADER). */
export async function postAsTenant<T = Record<string, unknown>>(
  url: string,
  tenant: string | undefined,
  query: string,
  variables?: unknown,
): Promise<TenantAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(tenant === undefined ? {} : { [TENANT_HEADER]: tenant }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as TenantAnswer<T>['body'],
  };
}

/** POSTs a generated operation as `tenant`, its variables and answer typed by the document. */
export function runAsTenant<D extends TypedDocumentNode<unknown, never>>(
  url: string,
  tenant: string | undefined,
  document: D,
  ...[variables]: VariablesArgument<VariablesOf<D>>
): Promise<TenantAnswer<ResultOf<D>>> {
  return postAsTenant(url, tenant, print(document), variables);
}
