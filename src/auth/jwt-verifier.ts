import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWK,
  type JWTVerifyOptions,
  type KeyLike,
} from 'jose';
import type { JwtAuthConfig } from '../config/jwt.config';
import type { Tenant } from '../domain/tenant';

/** What verifying one token gives: its tenant, or why it was refused (never which check failed). */
export type JwtOutcome = { readonly tenant: Tenant } | { readonly refused: 'invalid' | 'unavailable' };

/** Verifies a bearer JWT and maps its tenant claim to a configured tenant. */
export type JwtVerifier = (token: string) => Promise<JwtOutcome>;

/** The key set could not be read (network, timeout, malformed JWKS): the token can be neither accepted nor blamed. */
class KeySetUnavailable extends Error {}

/**
 * Whether fetching the key set failed: the network, a timeout, a non-200 answer or a body that is
 * no key set (jose reports the last two as plain JOSEErrors). A key that matches nothing, or cannot
 * be used for the token's algorithm, is the token's problem instead.
 */
function isFetchFailure(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true;
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error.code === errors.JOSEError.code
  );
}

/**
 * A remote key set whose failures to load are told apart from tokens that match no key: an
 * unreachable issuer is a 503 for the caller to retry, never an "allow" and never a 401.
 */
function remoteKeySet(url: string): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(url));
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (isFetchFailure(error)) throw new KeySetUnavailable();
      throw error;
    }
  };
}

/**
 * Key sets without `kid`s can offer several keys for one token; jose 5 leaves trying them to the
 * caller (its documented pattern): the first that verifies wins, a bad signature tries the next.
 */
async function verifyWithAnyCandidate(
  token: string,
  candidates: AsyncIterable<KeyLike>,
  options: JWTVerifyOptions,
): Promise<JWTPayload> {
  for await (const key of candidates) {
    try {
      return (await jwtVerify(token, key, options)).payload;
    } catch (error) {
      if (!(error instanceof errors.JWSSignatureVerificationFailed)) throw error;
    }
  }
  throw new errors.JWSSignatureVerificationFailed();
}

/**
 * JWT verification with jose: algorithms pinned (a token naming any other, `none` and HS256
 * included, is refused before a key is looked up), issuer and audience required, `exp` required,
 * clock skew bounded, optional maximum age from `iat`.
 */
export function createJwtVerifier(config: JwtAuthConfig, tenants: ReadonlyMap<string, Tenant>): JwtVerifier {
  const keys: JWTVerifyGetKey =
    'jwksUrl' in config.keySource
      ? remoteKeySet(config.keySource.jwksUrl)
      : createLocalJWKSet({ keys: config.keySource.keys.map((jwk) => ({ ...jwk }) as JWK) });
  const options: JWTVerifyOptions = {
    algorithms: [...config.algorithms],
    issuer: config.issuer,
    audience: typeof config.audience === 'string' ? config.audience : [...config.audience],
    clockTolerance: config.clockToleranceSec,
    requiredClaims: ['exp', config.tenantClaim],
    ...(config.maxTokenAgeSec !== undefined ? { maxTokenAge: config.maxTokenAgeSec } : {}),
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      try {
        payload = (await jwtVerify(token, keys, options)).payload;
      } catch (error) {
        if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
        payload = await verifyWithAnyCandidate(token, error, options);
      }
    } catch (error) {
      return { refused: error instanceof KeySetUnavailable ? 'unavailable' : 'invalid' };
    }
    const claim = payload[config.tenantClaim];
    const tenant = typeof claim === 'string' ? tenants.get(claim) : undefined;
    return tenant ? { tenant } : { refused: 'invalid' };
  };
}
