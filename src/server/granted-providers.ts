import type { Tenant } from '../domain/tenant';
import { mayReadGravitinoMetalake, mayReadInstance } from '../domain/tenant-grants';
import type {
  ProviderRegistry,
  RegisteredGravitino,
  RegisteredInstance,
} from '../providers/provider-registry';

/**
 * The configuration as one tenant sees it: only the instances (and regions) it is granted, and on
 * each Gravitino instance only its granted metalakes. The request context and its loaders are built
 * over this view, so every listing, id lookup, `jobs` source and loader of the request treats an
 * ungranted instance or metalake exactly as one that is not configured: never called, and refused
 * with the very error an unconfigured one gets, which tells nothing about what other tenants have.
 * Objects inside a granted instance (workspaces, namespaces) are checked where they are read.
 */
export function grantedProviders(registry: ProviderRegistry, tenant: Tenant): ProviderRegistry {
  const { grants } = tenant;
  // The anonymous tenant and other unlimited ones see the registry itself.
  if (
    grants.instances === undefined &&
    grants.regions === undefined &&
    grants.gravitinoMetalakes === undefined
  )
    return registry;
  const granted = <I extends RegisteredInstance<unknown>>(instances: readonly I[]): readonly I[] =>
    instances.filter((instance) =>
      mayReadInstance(tenant, instance.provider, instance.id, instance.regionId),
    );
  const gravitino = granted(registry.gravitino).map((instance): RegisteredGravitino => ({
    ...instance,
    metalakes: instance.metalakes.filter((metalake) => mayReadGravitinoMetalake(tenant, metalake)),
  }));
  return {
    emrServerlessSpark: granted(registry.emrServerlessSpark),
    paiDlc: granted(registry.paiDlc),
    sae: granted(registry.sae),
    gravitino,
    // Readiness and shutdown concern the whole process, not one tenant's view of it.
    all: () => registry.all(),
    close: () => registry.close(),
  };
}
