import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../config/config-error';

/** The sha256 of a document text, in hex: Apollo's APQ hash and a manifest operation's id. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase sha256 hex digest'),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

/** One entry of an Apollo persisted query manifest. */
export type ManifestOperation = z.infer<typeof manifestSchema>['operations'][number];

/** An Apollo persisted query manifest (`{format: "apollo-persisted-query-manifest", version: 1, operations}`). */
export type PersistedQueryManifest = z.infer<typeof manifestSchema>;

/**
 * Validates a manifest's text. Each id must be the sha256 of its body: that is the hash clients send
 * and the hash the safelist compares, so a wrong id would list a document nobody can send.
 */
export function parseManifest(text: string, source: string): PersistedQueryManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError(`persistedQueries.safelist.manifest: ${source} is not valid JSON`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(top level)';
    throw new ConfigError(
      `persistedQueries.safelist.manifest: ${source} is not an Apollo persisted query manifest (${where}: ${issue?.message})`,
    );
  }
  parsed.data.operations.forEach((operation, index) => {
    if (sha256Hex(operation.body) !== operation.id)
      throw new ConfigError(
        `persistedQueries.safelist.manifest: ${source} operations[${index}] (${operation.name}): id is not the sha256 of body`,
      );
  });
  return parsed.data;
}

/** Reads and validates the manifest file at startup; a bad one stops startup with a ConfigError. */
export function loadManifest(path: string): PersistedQueryManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw new ConfigError(`persistedQueries.safelist.manifest: cannot read ${path} (${code})`);
  }
  return parseManifest(text, path);
}
