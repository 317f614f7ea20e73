import { createHash } from 'node:crypto';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A string with the shape of a credential (an access key id, a token, key material), made when the
 * test runs from a fixed seed: deterministic, yet no tracked file holds anything a secret scanner
 * would take for a real key.
 */
export function keyShaped(
  seed: string,
  length: number,
  alphabet: 'upper' | 'alphanumeric' = 'alphanumeric',
): string {
  const letters = alphabet === 'upper' ? UPPER_DIGITS : ALPHANUMERIC;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (const byte of createHash('sha256').update(`${seed}:${round}`).digest()) {
      out += letters[byte % letters.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** base64url of a JSON value, as a JWT part. */
function jwtPart(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Credential-shaped values used across the tests, each assembled at run time. */
export const KEY_SHAPED = {
  /** An AWS-style access key id: `AKIA` and 16 capitals or digits. */
  awsAccessKeyId: `AKIA${keyShaped('aws access key id', 16, 'upper')}`,
  /** An Alibaba Cloud AccessKey id: `LTAI` and 16 letters or digits. */
  alibabaAccessKeyId: `LTAI${keyShaped('alibaba access key id', 16)}`,
  /** An STS security token. */
  stsToken: `STS.NU${keyShaped('sts token', 34)}`,
  /** An AccessKey secret. */
  accessKeySecret: keyShaped('access key secret', 30),
  /** A signed-looking JWT (header, claims, signature). */
  jwt: [
    jwtPart({ alg: 'HS256', typ: 'JWT' }),
    jwtPart({ sub: 'admin', tenant: 'prod' }),
    keyShaped('jwt signature', 43),
  ].join('.'),
  /** A PEM private key block (shape only: random bytes, not a key). */
  privateKeyPem: [
    `-----BEGIN ${'RSA PRIVATE'} KEY-----`,
    Buffer.from(keyShaped('private key body', 96)).toString('base64'),
    `-----END ${'RSA PRIVATE'} KEY-----`,
  ].join(' '),
} as const;
