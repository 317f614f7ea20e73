import { z } from 'zod';
import { alibabaCredentialsSchema } from './alibaba-credentials.config';
import { resilienceOverridesSchema } from './resilience.config';
import { secretRefSchema } from './secret';

/** An instance id: short, stable, and safe inside global ids and metric labels. */
const instanceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'lower-case letters, digits and dashes, up to 32');

/** `host[:port]` or an http(s) URL with no path; overrides the regional endpoint. */
const endpoint = z
  .string()
  .refine((value) => /^https?:\/\/[^/?#\s]+\/?$/.test(value) || /^[^/?#\s:]+(:\d{1,5})?$/.test(value), {
    message: 'expected host[:port] or http(s)://host[:port]',
  });

const regionId = z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'a region id such as cn-hangzhou');

/** One Alibaba Cloud account in one region, for one product. */
export const alibabaInstanceSchema = z
  .object({
    id: instanceId,
    regionId,
    endpoint: endpoint.optional(),
    credentials: alibabaCredentialsSchema.default({ type: 'default' }),
    resilience: resilienceOverridesSchema.optional(),
  })
  .strict();

/**
 * One SAE account in one region. `batchAppIdLookups` (default false): look templates up by several
 * AppIds in one ListJobs (FieldType=appIds, the ids joined by commas), which the SAE documentation
 * does not promise (FieldValue is one value); ids a batched answer lacks are then looked up one by
 * one. Off, each id is its own ListJobs.
 */
export const saeInstanceSchema = alibabaInstanceSchema
  .extend({ batchAppIdLookups: z.boolean().default(false) })
  .strict();

/** How jobgraph authenticates to a Gravitino server (providers.md §3.4). */
export const gravitinoAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('simple'), user: z.string().min(1).default('jobgraph') }).strict(),
  z.object({ type: z.literal('oauth'), token: secretRefSchema }).strict(),
]);

/**
 * Which Gravitino release a server runs, for its listJobs: `main` applies the time filters and the
 * sort and sends statusCounts; `1.3.0` ignores them (jobgraph then filters, sorts and counts the
 * whole list itself, sends only jobTemplateName, and refuses what needs start or finish times,
 * which 1.3.0 does not report, before calling); `auto` (default) sends every parameter and reads
 * from each answer whether the server applied them (no statusCounts: it did not).
 */
export const gravitinoVersionSchema = z.enum(['auto', 'main', '1.3.0']);

/** A Gravitino instance's `version` setting. */
export type GravitinoVersionSetting = z.infer<typeof gravitinoVersionSchema>;

/** One Gravitino server and the metalakes jobgraph reads from it. */
export const gravitinoInstanceSchema = z
  .object({
    id: instanceId,
    url: z
      .string()
      .url()
      .refine((value) => /^https?:\/\//.test(value), 'expected an http(s) URL'),
    metalakes: z.array(z.string().min(1)).min(1, 'name at least one metalake'),
    auth: gravitinoAuthSchema.default({ type: 'simple', user: 'jobgraph' }),
    version: gravitinoVersionSchema.default('auto'),
    resilience: resilienceOverridesSchema.optional(),
  })
  .strict();

function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [index, 'id'],
        message: `duplicate id "${item.id}"`,
      });
    seen.add(item.id);
  });
}

/** Every provider, each a list of instances; an absent provider is simply not queried. */
export const providersSchema = z
  .object({
    emrServerlessSpark: z.array(alibabaInstanceSchema).superRefine(uniqueIds).default([]),
    paiDlc: z.array(alibabaInstanceSchema).superRefine(uniqueIds).default([]),
    sae: z.array(saeInstanceSchema).superRefine(uniqueIds).default([]),
    gravitino: z.array(gravitinoInstanceSchema).superRefine(uniqueIds).default([]),
  })
  .strict();

/** Parsed providers section. */
export type ProvidersFileConfig = z.infer<typeof providersSchema>;
