import { z } from 'zod';
import type { Tenant, TenantGrants } from '../domain/tenant';

/** A tenant id: stable, short, safe in log lines, metric labels and cursor bindings. */
const tenantId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", up to 64');

const names = z.array(z.string().min(1).max(256));

/**
 * Instance grants keyed like the `providers:` section (`emrServerlessSpark: [hangzhou]`), so an
 * operator writes the ids the way they wrote the instances.
 */
const instanceGrantsSchema = z
  .object({
    emrServerlessSpark: names.optional(),
    paiDlc: names.optional(),
    sae: names.optional(),
    gravitino: names.optional(),
  })
  .strict();

/** What one tenant may read; an absent key is everything at that level, `[]` is nothing. */
export const tenantGrantsSchema = z
  .object({
    instances: instanceGrantsSchema.optional(),
    regions: z.array(z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'a region id such as cn-hangzhou')).optional(),
    emrWorkspaces: names.optional(),
    paiWorkspaces: names.optional(),
    saeNamespaces: names.optional(),
    gravitinoMetalakes: names.optional(),
  })
  .strict();

/** `tenants:` in the config file: who API keys and JWT tenant claims may name, and what each may read. */
export const tenantsSchema = z
  .array(z.object({ id: tenantId, grants: tenantGrantsSchema.default({}) }).strict())
  .superRefine((tenants, ctx) => {
    const seen = new Set<string>();
    tenants.forEach((tenant, index) => {
      if (seen.has(tenant.id))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, 'id'],
          message: `duplicate tenant id "${tenant.id}"`,
        });
      seen.add(tenant.id);
    });
  });

/** The file's provider keys, as the domain names providers. */
const PROVIDER_OF_KEY = {
  emrServerlessSpark: 'EMR_SERVERLESS_SPARK',
  paiDlc: 'PAI_DLC',
  sae: 'SAE',
  gravitino: 'GRAVITINO',
} as const;

/** The parsed `tenants:` section as the domain's Tenant list. */
export function resolveTenants(file: z.infer<typeof tenantsSchema>): Tenant[] {
  return file.map(({ id, grants: { instances, ...rest } }) => {
    const grants: TenantGrants = {
      ...rest,
      ...(instances
        ? {
            instances: Object.fromEntries(
              Object.entries(instances).map(([key, ids]) => [
                PROVIDER_OF_KEY[key as keyof typeof PROVIDER_OF_KEY],
                ids,
              ]),
            ),
          }
        : {}),
    };
    return { id, grants };
  });
}
