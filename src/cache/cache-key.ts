import { createHash } from 'node:crypto';
import type { TenantGrants } from '../domain/tenant';

/** JSON with object keys sorted at every level and undefined members left out, so equal params give equal text. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item)).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`);
  return `{${members.join(',')}}`;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}

/** The object-level grant that limits what a tenant reads of each provider. */
const OBJECT_GRANT: Readonly<Record<string, keyof TenantGrants>> = {
  EMR_SERVERLESS_SPARK: 'emrWorkspaces',
  PAI_DLC: 'paiWorkspaces',
  SAE: 'saeNamespaces',
  GRAVITINO: 'gravitinoMetalakes',
};

/**
 * A stable hash of what a tenant may read of one provider: its instances, regions and the
 * provider's object-level grant. Tenants with the same reach share entries; any difference keys
 * them apart, so no tenant is ever answered from an entry another could read and it could not.
 * Outside a request (no grants known) the scope is its own: `system`.
 */
export function grantScopeOf(grants: TenantGrants | undefined, provider: string): string {
  if (grants === undefined) return 'system';
  // Computed once per tenant's grants and provider, not on every upstream read (grants are readonly config).
  let scopes = GRANT_SCOPES.get(grants);
  if (!scopes) GRANT_SCOPES.set(grants, (scopes = new Map()));
  let scope = scopes.get(provider);
  if (scope === undefined) scopes.set(provider, (scope = hashGrantScope(grants, provider)));
  return scope;
}

const GRANT_SCOPES = new WeakMap<TenantGrants, Map<string, string>>();

function hashGrantScope(grants: TenantGrants, provider: string): string {
  const objectGrant = OBJECT_GRANT[provider];
  const reach = {
    instances: grants.instances?.[provider as keyof NonNullable<TenantGrants['instances']>],
    regions: grants.regions,
    objects: objectGrant ? grants[objectGrant] : undefined,
  };
  // Grants are sets: their order does not change what they let a tenant read.
  const sorted = Object.fromEntries(
    Object.entries(reach).map(([key, list]) => [key, Array.isArray(list) ? [...new Set(list)].sort() : list]),
  );
  return digest(stableJson(sorted)).slice(0, 16);
}

/** What names one cached read. */
export interface CacheKeyParts {
  readonly provider: string;
  readonly instanceId: string;
  readonly operation: string;
  readonly params: unknown;
  readonly grantScope: string;
}

/** `upstream:<provider>:<operation>:<hash>`: the instance id, params and grant scope only hashed, never spelt out. */
export function cacheKeyOf(parts: CacheKeyParts): string {
  const hash = digest(stableJson([parts.instanceId, parts.grantScope, parts.params]));
  return `upstream:${parts.provider}:${parts.operation}:${hash}`;
}
