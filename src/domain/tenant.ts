/**
 * What a tenant may read. `undefined` at a level means every object at that level (within the
 * levels above it); an empty list means none. Checked on every object a request reaches.
 */
export interface TenantGrants {
  /** Provider instance ids by provider (config ids); undefined: every configured instance. */
  readonly instances?: Readonly<
    Partial<Record<'EMR_SERVERLESS_SPARK' | 'PAI_DLC' | 'SAE' | 'GRAVITINO', readonly string[]>>
  >;
  /** Alibaba region ids; undefined: every region. */
  readonly regions?: readonly string[];
  /** EMR Serverless Spark workspace ids (`w-…`). */
  readonly emrWorkspaces?: readonly string[];
  /** PAI workspace ids (a PAI job's `WorkspaceId`). */
  readonly paiWorkspaces?: readonly string[];
  /** SAE namespace ids (`cn-hangzhou:prod`). */
  readonly saeNamespaces?: readonly string[];
  /** Gravitino metalake names. */
  readonly gravitinoMetalakes?: readonly string[];
}

/** Who a request acts for, once authenticated. */
export interface Tenant {
  /** Stable id from the config (API key owner, JWT tenant claim); `anonymous` when auth is off. */
  readonly id: string;
  readonly grants: TenantGrants;
}

/** The tenant of every request when auth mode is `none`: reads everything configured. */
export const ANONYMOUS_TENANT: Tenant = { id: 'anonymous', grants: {} };
