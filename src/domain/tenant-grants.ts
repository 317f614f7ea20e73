import type { ProviderId } from './provider-id';
import type { Tenant, TenantGrants } from './tenant';

/** Whether `id` is within a grant level: undefined grants every id, a list only its members. */
function within(granted: readonly string[] | undefined, id: string | null): boolean {
  // An object that does not say where it lives cannot be shown to a tenant limited at that level.
  return granted === undefined || (id !== null && granted.includes(id));
}

/**
 * Whether the tenant may read a configured provider instance at all. `regionId` is the instance's
 * Alibaba region (null for Gravitino, which the region grant does not limit: it has no region).
 */
export function mayReadInstance(
  tenant: Tenant,
  provider: ProviderId,
  instanceId: string,
  regionId: string | null,
): boolean {
  const { instances, regions } = tenant.grants;
  if (!within(instances?.[provider], instanceId)) return false;
  return regionId === null || within(regions, regionId);
}

/** Whether the tenant may read an EMR Serverless Spark workspace (and so its job runs). */
export function mayReadEmrWorkspace(tenant: Tenant, workspaceId: string): boolean {
  return within(tenant.grants.emrWorkspaces, workspaceId);
}

/** Whether the tenant may read a PAI-DLC job of this workspace (null: the job names none). */
export function mayReadPaiWorkspace(tenant: Tenant, workspaceId: string | null): boolean {
  return within(tenant.grants.paiWorkspaces, workspaceId === '' ? null : workspaceId);
}

/** Whether the tenant may read an SAE job template of this namespace (and so its executions). */
export function mayReadSaeNamespace(tenant: Tenant, namespaceId: string | null): boolean {
  return within(tenant.grants.saeNamespaces, namespaceId === '' ? null : namespaceId);
}

/** Whether the tenant may read a Gravitino metalake (its jobs, templates and details). */
export function mayReadGravitinoMetalake(tenant: Tenant, metalake: string): boolean {
  return within(tenant.grants.gravitinoMetalakes, metalake);
}

/** The grant levels that name objects inside an instance. */
export type ObjectGrant = keyof Pick<TenantGrants, 'emrWorkspaces' | 'paiWorkspaces' | 'saeNamespaces'>;

/**
 * What a listing must ask its provider for, given the one id a client may have asked for (a filter's
 * `workspaceId`, `namespaceId`): null when the tenant is not limited at this level (list as asked),
 * else the ids to list one by one, in grant order, maybe none. An id outside the grant lists nothing,
 * exactly like an id that does not exist, so the answer never tells the two apart.
 */
export function grantedScope(
  tenant: Tenant,
  level: ObjectGrant,
  requested: string | null | undefined,
): readonly string[] | null {
  const granted = tenant.grants[level];
  if (granted === undefined) return null;
  if (requested !== undefined && requested !== null && requested !== '')
    return granted.includes(requested) ? [requested] : [];
  return [...new Set(granted)];
}
