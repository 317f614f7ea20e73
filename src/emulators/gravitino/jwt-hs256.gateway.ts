import { createHmac, timingSafeEqual } from 'node:crypto';

/** JWT claims as a JSON object. */
export type JwtClaims = Readonly<Record<string, unknown>>;

/** Outcome of checking a compact JWS the way jjwt's `parseClaimsJws` does for an HMAC key. */
export type JwtCheck =
  | { readonly ok: true; readonly claims: JwtClaims }
  | {
      readonly ok: false;
      readonly problem: 'malformed' | 'unsupported' | 'signature' | 'expired' | 'premature';
    };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function parseJsonObject(segment: string): Record<string, unknown> | undefined {
  if (!BASE64URL.test(segment)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a sign key the way Gravitino reads `gravitino.authenticator.oauth.defaultSignKey`:
 * base64 (`Base64.getDecoder()`), at least 256 bits for HS256 (`Keys.hmacShaKeyFor`).
 */
export function decodeSignKey(signKeyBase64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(signKeyBase64)) {
    throw new Error('oauth.signKey must be base64, like gravitino.authenticator.oauth.defaultSignKey');
  }
  const key = Buffer.from(signKeyBase64, 'base64');
  if (key.length < 32) throw new Error('oauth.signKey must decode to at least 256 bits for HS256');
  return key;
}

/** Mints an HS256 token, e.g. for tests and demos against the emulator's OAuth mode. */
export function signHs256Jwt(claims: JwtClaims, signKeyBase64: string): string {
  const key = decodeSignKey(signKeyBase64);
  const signingInput = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${createHmac('sha256', key).update(signingInput).digest('base64url')}`;
}

/**
 * Verifies an HS256 compact JWS: structure, `alg`, signature (constant time), then `exp` and
 * `nbf` with `skewSeconds` of tolerance (jjwt: expired when now - skew is after exp).
 */
export function verifyHs256Jwt(token: string, key: Buffer, nowMs: number, skewSeconds = 0): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, problem: 'malformed' };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = parseJsonObject(headerPart);
  const claims = parseJsonObject(payloadPart);
  if (!header || !claims) return { ok: false, problem: 'malformed' };
  if (signaturePart === '' || header.alg !== 'HS256') return { ok: false, problem: 'unsupported' };
  if (!BASE64URL.test(signaturePart)) return { ok: false, problem: 'malformed' };
  const expected = createHmac('sha256', key).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, problem: 'signature' };
  const skewMs = skewSeconds * 1000;
  if (claims.exp !== undefined) {
    if (typeof claims.exp !== 'number') return { ok: false, problem: 'malformed' };
    if (nowMs - skewMs > claims.exp * 1000) return { ok: false, problem: 'expired' };
  }
  if (claims.nbf !== undefined) {
    if (typeof claims.nbf !== 'number') return { ok: false, problem: 'malformed' };
    if (nowMs + skewMs < claims.nbf * 1000) return { ok: false, problem: 'premature' };
  }
  return { ok: true, claims };
}
