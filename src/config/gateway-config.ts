import type { Tenant } from '../domain/tenant';
import type { AlibabaCredentialsConfig } from './alibaba-credentials.config';
import type { AuthConfig } from './auth.config';
import type { CacheConfig } from './cache.config';
import type { LimitsConfig } from './limits.config';
import type { PersistedQueriesConfig } from './persisted-queries.config';
import type { GravitinoVersionSetting } from './providers.config';
import type { RateLimitConfig } from './rate-limit.config';
import type { ResilienceConfig } from './resilience.config';
import type { Secret } from './secret';
import type { WithSecrets } from './resolve-secrets';

/** Where an Alibaba call goes when the regional default is overridden. */
export interface EndpointOverride {
  readonly protocol: 'http' | 'https';
  /** host[:port], as the signer puts it in the Host header. */
  readonly host: string;
}

/** One Alibaba product instance (an account in a region), ready to use. */
export interface AlibabaInstanceConfig {
  readonly id: string;
  readonly regionId: string;
  readonly endpoint?: EndpointOverride;
  readonly credentials: WithSecrets<AlibabaCredentialsConfig>;
  readonly resilience: ResilienceConfig;
}

/** One SAE instance, ready to use. */
export interface SaeInstanceConfig extends AlibabaInstanceConfig {
  /**
   * Several AppIds in one ListJobs (FieldValue joined by commas, which SAE does not document),
   * falling back to one call per id the answer lacks; absent or false: one call per id.
   */
  readonly batchAppIdLookups?: boolean;
}

/** One Gravitino server, ready to use. */
export interface GravitinoInstanceConfig {
  readonly id: string;
  /** Base URL without `/api`, e.g. `http://gravitino:8090`. */
  readonly url: string;
  readonly metalakes: readonly string[];
  readonly auth:
    { readonly type: 'simple'; readonly user: string } | { readonly type: 'oauth'; readonly token: Secret };
  /** The release the server runs, or `auto` to tell from each listJobs answer (providers.config.ts). */
  readonly version: GravitinoVersionSetting;
  readonly resilience: ResilienceConfig;
}

/** The validated configuration the rest of the gateway receives; nothing else reads env or files. */
export interface GatewayConfig {
  /** `demo`: no config file, providers wired to the emulators. */
  readonly mode: 'configured' | 'demo';
  readonly server: {
    readonly port: number;
    readonly host: string;
    /** On SIGTERM, how long requests in flight may finish; DRAIN_GRACE_MS_DEFAULT when absent. */
    readonly drainGraceMs?: number;
    /** Whether /metrics needs the same credentials as /graphql; unset: only off a loopback listener. */
    readonly metricsRequireAuth?: boolean;
    /** Whether /subgraph serves the Apollo Federation 2 subgraph too; false when absent. */
    readonly federation?: boolean;
    /**
     * The key cursors are signed with, shared by every replica so a page's cursor works on any of
     * them and across restarts; a random per-process key when absent.
     */
    readonly cursorSecret?: Secret;
  };
  /** What one request may ask for, checked before execution. */
  readonly limits: LimitsConfig;
  /** Per-tenant request and upstream-call rates. */
  readonly rateLimit: RateLimitConfig;
  /** Automatic persisted queries, and the safelist manifest when only listed operations may run. */
  readonly persistedQueries: PersistedQueriesConfig;
  /** How callers authenticate, and what they may learn about the schema. */
  readonly auth: AuthConfig;
  /** Who API keys and JWT tenant claims may name, each with what it may read. */
  readonly tenants: readonly Tenant[];
  /** The cross-request cache of upstream reads; CACHE_DEFAULTS (memory only) when absent. */
  readonly cache?: CacheConfig;
  readonly providers: {
    readonly emrServerlessSpark: readonly AlibabaInstanceConfig[];
    readonly paiDlc: readonly AlibabaInstanceConfig[];
    readonly sae: readonly SaeInstanceConfig[];
    readonly gravitino: readonly GravitinoInstanceConfig[];
  };
}
