import { EmulatorResponseError, type EmulatorRequest } from '../shared/emulator-types';
import type { GravitinoErrors } from './error.gateway';
import { decodeSignKey, verifyHs256Jwt } from './jwt-hs256.gateway';

/** OAuth mode (`gravitino.authenticators=oauth` with a static HMAC sign key). */
export interface GravitinoOAuthOptions {
  /** Base64 HMAC key, exactly like `gravitino.authenticator.oauth.defaultSignKey` (≥ 256 bits). */
  readonly signKey: string;
  /** Required `aud`; default `GravitinoServer`, Gravitino's default serviceAudience. */
  readonly serviceAudience?: string;
  /** `allowSkewSecs`; default 0. */
  readonly allowSkewSeconds?: number;
}

/** `AuthConstants.ANONYMOUS_USER`. */
export const ANONYMOUS_USER = 'anonymous';

/** Returns the caller's principal name, or throws the 401 the AuthenticationFilter sends. */
export type GravitinoAuthenticator = (request: EmulatorRequest) => string;

/** `java.util.Base64.getDecoder()` input: the basic alphabet, padding optional but never wrong. */
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/** `String.split(":")`: trailing empty strings are dropped, so `admin:` has one part. */
function javaSplitColon(text: string): string[] {
  const parts = text.split(':');
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 1 && parts[0] === '' && text !== '') return [];
  return parts;
}

/**
 * SimpleAuthenticator behind the AuthenticationFilter. No header: anonymous. A `Basic ` header:
 * the text before the colon of `user:password` (Java's split needs exactly two parts, so
 * `admin:` is anonymous), anonymous when blank or not strict base64. Any other header is
 * supported by no authenticator: 401 "The provided credentials did not support".
 */
function simplePrincipal(header: string | undefined): string | undefined {
  if (header === undefined) return ANONYMOUS_USER;
  if (!header.startsWith('Basic ')) return undefined;
  const credential = header.slice('Basic '.length);
  if (credential.trim() === '' || !STRICT_BASE64.test(credential)) return ANONYMOUS_USER;
  const parts = javaSplitColon(Buffer.from(credential, 'base64').toString('utf8'));
  return parts.length === 2 && parts[0] !== '' ? (parts[0] as string) : ANONYMOUS_USER;
}

function audienceProblem(aud: unknown, audience: string): string | undefined {
  if (aud === undefined || aud === null) return 'Found null Audience in token';
  if (typeof aud === 'string') {
    return aud === audience ? undefined : `Audience in the token [${aud}] doesn't contain ${audience}`;
  }
  if (Array.isArray(aud)) {
    return aud.includes(audience)
      ? undefined
      : `Audiences in the token [${aud.join(', ')}] don't contain ${audience}`;
  }
  return `Audiences in token is not in expected format: ${JSON.stringify(aud)}`;
}

/**
 * Builds the authenticator: simple auth by default; with `oauth`, only `Bearer` JWTs (HS256,
 * `aud` = serviceAudience, `exp`/`nbf` honoured, principal from `sub`). OAuth failures carry a
 * `WWW-Authenticate: Bearer` challenge.
 */
export function createGravitinoAuthenticator(options: {
  readonly oauth?: GravitinoOAuthOptions;
  readonly now: () => number;
  readonly errors: GravitinoErrors;
}): GravitinoAuthenticator {
  const { errors, oauth } = options;
  const unauthorized = (message: string, challenge: boolean): EmulatorResponseError =>
    new EmulatorResponseError(
      errors.response(
        401,
        1011,
        'UnauthorizedException',
        message,
        challenge ? { headers: { 'www-authenticate': 'Bearer' } } : {},
      ),
    );
  if (!oauth) {
    return (request) => {
      const user = simplePrincipal(request.headers.authorization);
      if (user === undefined) throw unauthorized('The provided credentials did not support', false);
      return user;
    };
  }
  const key = decodeSignKey(oauth.signKey);
  const audience = oauth.serviceAudience ?? 'GravitinoServer';
  return (request) => {
    const header = request.headers.authorization;
    if (header === undefined || !header.startsWith('Bearer ')) {
      throw unauthorized('The provided credentials did not support', true);
    }
    const token = header.slice('Bearer '.length);
    if (token.trim() === '') throw unauthorized('Blank token found', true);
    const check = verifyHs256Jwt(token.trim(), key, options.now(), oauth.allowSkewSeconds ?? 0);
    if (!check.ok) throw unauthorized('JWT parse error', true);
    const problem = audienceProblem(check.claims.aud, audience);
    if (problem) throw unauthorized(problem, true);
    const subject = check.claims.sub;
    if (typeof subject !== 'string' || subject === '') throw unauthorized('JWT parse error', true);
    return subject;
  };
}
