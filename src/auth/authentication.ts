import type { Tenant } from '../domain/tenant';

/** The outcome of authenticating one HTTP request: a tenant, or the response that refuses it. */
export type Authentication =
  | { readonly tenant: Tenant }
  | {
      readonly refuse: {
        readonly status: number;
        readonly body: unknown;
        readonly headers?: Record<string, string>;
      };
    };
