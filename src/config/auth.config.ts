import { z } from 'zod';
import { jwtSchema, resolveJwt, type JwtAuthConfig } from './jwt.config';

/** How callers prove who they are. `none`: everyone is the anonymous tenant and reads everything. */
export const AUTH_MODES = ['none', 'api_key', 'jwt'] as const;

/** One authentication mode. */
export type AuthMode = (typeof AUTH_MODES)[number];

/**
 * One API key, stored only as the SHA-256 of the key (`npx jobgraph hash-key`), so the config file
 * (and whoever reads it) never holds a usable key.
 */
const apiKeySchema = z
  .object({
    /** Names the key in logs and rotations; never the key itself. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", up to 64'),
    tenant: z.string().min(1),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "expected the 64 hex digits of the key's SHA-256 (npx jobgraph hash-key)")
      .transform((hex) => hex.toLowerCase()),
  })
  .strict();

/** `auth:` in the config file. */
export const authSchema = z
  .object({
    mode: z.enum(AUTH_MODES, { message: `expected one of ${AUTH_MODES.join(', ')}` }),
    apiKeys: z.array(apiKeySchema).optional(),
    jwt: jwtSchema.optional(),
    /** Introspection queries; default: on only when mode is none. */
    introspection: z.boolean().optional(),
    /** "Did you mean ..." hints in validation errors; default: on only when mode is none. */
    suggestions: z.boolean().optional(),
  })
  .strict()
  .superRefine((auth, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (auth.mode === 'api_key' && (auth.apiKeys ?? []).length === 0)
      issue('apiKeys', 'list at least one key when mode is api_key');
    if (auth.mode !== 'api_key' && auth.apiKeys !== undefined)
      issue('apiKeys', `only used when mode is api_key (mode is ${auth.mode})`);
    if (auth.mode === 'jwt' && auth.jwt === undefined) issue('jwt', 'required when mode is jwt');
    if (auth.mode !== 'jwt' && auth.jwt !== undefined)
      issue('jwt', `only used when mode is jwt (mode is ${auth.mode})`);
    const ids = new Set<string>();
    const hashes = new Set<string>();
    (auth.apiKeys ?? []).forEach((key, index) => {
      if (ids.has(key.id))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['apiKeys', index, 'id'],
          message: `duplicate key id "${key.id}"`,
        });
      if (hashes.has(key.sha256))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['apiKeys', index, 'sha256'],
          message: 'the same key is listed twice',
        });
      ids.add(key.id);
      hashes.add(key.sha256);
    });
  });

/** The parsed `auth:` section. */
export type AuthFileConfig = z.infer<typeof authSchema>;

/** One API key as the verifier needs it. */
export interface ApiKeyConfig {
  readonly id: string;
  readonly tenant: string;
  /** Lower-case hex SHA-256 of the key. */
  readonly sha256: string;
}

/** What clients may learn about the schema itself. */
export interface SchemaExposure {
  /** `__schema` / `__type` queries (GraphiQL's docs and autocompletion need them). */
  readonly introspection: boolean;
  /** "Did you mean ..." in validation errors, which hand out field and type names. */
  readonly suggestions: boolean;
}

/** Resolved authentication settings. */
export interface AuthConfig extends SchemaExposure {
  readonly mode: AuthMode;
  readonly apiKeys: readonly ApiKeyConfig[];
  readonly jwt?: JwtAuthConfig;
}

/** Demo mode, and a file that configures no provider: nothing to protect, so no auth and a self-describing schema. */
export const NO_AUTH: AuthConfig = { mode: 'none', apiKeys: [], introspection: true, suggestions: true };

/** The validated `auth:` section; schema details stay hidden unless auth is off or the file says otherwise. */
export function resolveAuth(file: AuthFileConfig | undefined): AuthConfig {
  if (file === undefined) return NO_AUTH;
  const open = file.mode === 'none';
  return {
    mode: file.mode,
    apiKeys: file.apiKeys ?? [],
    ...(file.jwt ? { jwt: resolveJwt(file.jwt) } : {}),
    introspection: file.introspection ?? open,
    suggestions: file.suggestions ?? open,
  };
}
