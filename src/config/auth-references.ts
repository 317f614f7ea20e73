import { z } from 'zod';
import type { AuthFileConfig } from './auth.config';
import type { ProvidersFileConfig } from './providers.config';
import type { tenantsSchema } from './tenants.config';

/** The parts of the parsed file the cross-checks read. */
interface AuthReferencesInput {
  readonly providers: ProvidersFileConfig;
  readonly auth?: AuthFileConfig;
  readonly tenants: z.infer<typeof tenantsSchema>;
}

/**
 * Checks across sections that no single section can: a file that serves providers must say how
 * callers authenticate (no silent open door), every key names a configured tenant, and every
 * grant names an instance or metalake that exists (a typo would deny silently).
 */
export function checkAuthReferences(file: AuthReferencesInput, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
  const instances = Object.values(file.providers).reduce((count, list) => count + list.length, 0);
  if (file.auth === undefined) {
    if (instances > 0)
      issue(['auth'], 'required when providers are configured: set auth.mode to api_key, jwt or none');
    return;
  }
  const tenantIds = new Set(file.tenants.map((tenant) => tenant.id));
  if (file.auth.mode !== 'none' && tenantIds.size === 0)
    issue(['tenants'], `list at least one tenant when auth.mode is ${file.auth.mode}`);
  file.auth.apiKeys?.forEach((key, index) => {
    if (!tenantIds.has(key.tenant))
      issue(['auth', 'apiKeys', index, 'tenant'], `unknown tenant "${key.tenant}": add it under tenants`);
  });
  const metalakes = new Set(file.providers.gravitino.flatMap((instance) => instance.metalakes));
  file.tenants.forEach((tenant, index) => {
    const grants = tenant.grants;
    for (const [provider, ids] of Object.entries(grants.instances ?? {})) {
      const known = new Set(
        file.providers[provider as keyof ProvidersFileConfig].map((instance) => instance.id),
      );
      (ids ?? []).forEach((id, at) => {
        if (!known.has(id))
          issue(
            ['tenants', index, 'grants', 'instances', provider, at],
            `no ${provider} instance "${id}" under providers`,
          );
      });
    }
    (grants.gravitinoMetalakes ?? []).forEach((name, at) => {
      if (!metalakes.has(name))
        issue(
          ['tenants', index, 'grants', 'gravitinoMetalakes', at],
          `no Gravitino instance lists metalake "${name}"`,
        );
    });
  });
}
