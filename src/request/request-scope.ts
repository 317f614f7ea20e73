import { AsyncLocalStorage } from 'node:async_hooks';
import type { TenantGrants } from '../domain/tenant';

/** Upstream calls one request made, counted where they are made (the provider policies). */
export interface UpstreamCallCount {
  calls: number;
  readonly byProvider: Record<string, number>;
}

/** Reads one request had answered by the cross-request cache instead of upstream (src/cache). */
export interface CacheHitCount {
  hits: number;
  readonly byProvider: Record<string, number>;
}

/**
 * What the call path below the resolvers must know about the request it works for: whose it is
 * (fair queueing per tenant), when it is over (the deadline signal, aborted too when the client
 * hangs up) and what it has cost so far. Set once per request by the HTTP handler.
 */
export interface RequestScope {
  readonly requestId: string;
  readonly tenantId: string;
  /** Aborts when the request deadline passes or the client goes away: stop calling upstream. */
  readonly signal: AbortSignal;
  readonly upstream: UpstreamCallCount;
  /** Reads answered from the cross-request cache (no upstream call made). */
  readonly cacheHits: CacheHitCount;
  /**
   * What the tenant may read: the cache keys its entries by it, so two tenants share an entry only
   * when they may read the same. Undefined outside a request.
   */
  readonly grants?: TenantGrants;
}

/**
 * Carries the RequestScope from the HTTP handler to the provider policies through every loader
 * and provider method without threading a parameter through each of them. The store itself holds
 * nothing request-scoped (DESIGN §4.6): each request runs in its own scope object.
 */
const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it starts) inside `scope`. */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/**
 * The scope of the request the caller works for; undefined outside a request (tests that call a
 * provider directly, start-up). Read it where work is started, not in callbacks that a shared
 * queue may run on another request's behalf.
 */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Runs `fn` outside any request: work one request starts but that must not be charged to it, nor
 * stop with it (a cache entry refreshed in the background).
 */
export function runOutsideRequestScope<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** A fresh scope. */
export function createRequestScope(
  requestId: string,
  tenantId: string,
  signal: AbortSignal,
  grants?: TenantGrants,
): RequestScope {
  return {
    requestId,
    tenantId,
    signal,
    upstream: { calls: 0, byProvider: {} },
    cacheHits: { hits: 0, byProvider: {} },
    ...(grants ? { grants } : {}),
  };
}
