import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { z } from 'zod';

/**
 * Signature algorithms a JWT may use: public-key ones only. HS* would need a shared secret in the
 * file, and `none` is no signature at all; both are refused at config time.
 */
export const JWT_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

/** One allowed JWT signature algorithm. */
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

/** Members that only a private or symmetric key has: such a key never belongs in the config. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'] as const;

/** A public JWK (RSA, EC or OKP); other members (`kid`, `alg`, `use`, `n`, `x`, ...) pass through to the key set. */
const publicJwkSchema = z
  .object({
    kty: z.enum(['RSA', 'EC', 'OKP'], { message: 'expected a public key type: RSA, EC or OKP' }),
    kid: z.string().min(1).optional(),
  })
  .passthrough()
  .superRefine((jwk, ctx) => {
    const present = PRIVATE_MEMBERS.filter((member) => member in jwk);
    if (present.length > 0)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `a private key (has "${present.join('", "')}"): put only public keys here`,
      });
  });

/** A PEM public key (`-----BEGIN PUBLIC KEY-----`), with an optional key id. */
const pemKeySchema = z
  .object({
    pem: z
      .string()
      .includes('-----BEGIN PUBLIC KEY-----', { message: 'expected a PEM public key (BEGIN PUBLIC KEY)' })
      .refine((pem) => !pem.includes('PRIVATE KEY'), 'a private key: put only public keys here'),
    kid: z.string().min(1).optional(),
  })
  .strict();

/**
 * A configured key: `{ pem }` or a JWK, told apart by the `pem` member so that an error names what
 * is wrong with the kind of key meant (a union would only say "Invalid input").
 */
const configuredKeySchema = z
  .unknown()
  .transform((value, ctx): z.infer<typeof pemKeySchema> | z.infer<typeof publicJwkSchema> => {
    const schema =
      typeof value === 'object' && value !== null && 'pem' in value ? pemKeySchema : publicJwkSchema;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue(issue as z.IssueData);
    return z.NEVER;
  });

/** Loopback may serve a key set over plain HTTP (tests, a local sidecar); anything else needs TLS. */
function isAcceptableJwksUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** `auth.jwt:` in the config file. */
export const jwtSchema = z
  .object({
    jwksUrl: z
      .string()
      .refine(isAcceptableJwksUrl, 'expected an https URL (http only on loopback)')
      .optional(),
    keys: z.array(configuredKeySchema).min(1, 'list at least one public key').optional(),
    algorithms: z
      .array(
        z.enum(JWT_ALGORITHMS, { message: `expected one of ${JWT_ALGORITHMS.join(', ')} (no HS*, no none)` }),
      )
      .min(1, 'pin at least one algorithm'),
    issuer: z.string().min(1),
    /** The `aud` this gateway answers to; a list accepts a token for any of them. */
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
      errorMap: (_issue, ctx) => ({
        message: ctx.data === undefined ? 'Required' : 'expected a string or a list of strings',
      }),
    }),
    clockToleranceSec: z.number().int().min(0).max(300).default(30),
    tenantClaim: z.string().min(1).default('tenant'),
    maxTokenAgeSec: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((jwt, ctx) => {
    if ((jwt.jwksUrl === undefined) === (jwt.keys === undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['jwksUrl'],
        message: 'set exactly one of jwksUrl and keys',
      });
    }
    jwt.keys?.forEach((key, index) => {
      if (toPublicJwk(key) === undefined)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['keys', index],
          message: 'not a usable public key',
        });
    });
  });

/** The parsed `auth.jwt` section. */
export type JwtFileConfig = z.infer<typeof jwtSchema>;

/** How the gateway verifies JWTs, resolved from the file. */
export interface JwtAuthConfig {
  /** A JWKS URL (fetched and cached) or the public keys themselves, as JWKs. */
  readonly keySource: { readonly jwksUrl: string } | { readonly keys: readonly JsonWebKey[] };
  readonly algorithms: readonly JwtAlgorithm[];
  readonly issuer: string;
  readonly audience: string | readonly string[];
  readonly clockToleranceSec: number;
  /** The claim that names the caller's tenant. */
  readonly tenantClaim: string;
  readonly maxTokenAgeSec?: number;
}

/** A configured key as a public JWK; undefined when Node cannot read it as a public key. */
function toPublicJwk(key: NonNullable<JwtFileConfig['keys']>[number]): JsonWebKey | undefined {
  try {
    if ('pem' in key && typeof key.pem === 'string') {
      const jwk = createPublicKey(key.pem).export({ format: 'jwk' });
      return key.kid ? { ...jwk, kid: key.kid } : jwk;
    }
    const jwk = key as JsonWebKey;
    createPublicKey({ key: jwk, format: 'jwk' });
    return jwk;
  } catch {
    return undefined;
  }
}

/** The validated `auth.jwt` section, PEM keys converted to JWKs. */
export function resolveJwt(file: JwtFileConfig): JwtAuthConfig {
  const keySource =
    file.jwksUrl !== undefined
      ? { jwksUrl: file.jwksUrl }
      : { keys: (file.keys ?? []).map((key) => toPublicJwk(key) as JsonWebKey) };
  return {
    keySource,
    algorithms: file.algorithms,
    issuer: file.issuer,
    audience: file.audience,
    clockToleranceSec: file.clockToleranceSec,
    tenantClaim: file.tenantClaim,
    ...(file.maxTokenAgeSec !== undefined ? { maxTokenAgeSec: file.maxTokenAgeSec } : {}),
  };
}
