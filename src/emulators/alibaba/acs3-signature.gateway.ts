import { createHash, createHmac } from 'node:crypto';
import type { EmulatorRequest } from '../shared/emulator-types';
import { rfc3986Encode } from './rfc3986';

/** The algorithm of Alibaba Cloud's V3 request signature. */
export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

const AUTHORIZATION = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/;

/** Headers the official runtime always signs; a signature without them proves too little. */
export const REQUIRED_SIGNED_HEADERS = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
] as const;

/** The parts of an `Authorization: ACS3-HMAC-SHA256 ...` header. */
export interface Acs3Authorization {
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Parses the header, or returns undefined when it is not a well-formed ACS3 authorization. */
export function parseAcs3Authorization(header: string): Acs3Authorization | undefined {
  const match = AUTHORIZATION.exec(header.trim());
  if (!match) return undefined;
  const [, accessKeyId = '', signedHeaders = '', signature = ''] = match;
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}

/** hex(sha256(body)), what `x-acs-content-sha256` must carry. */
export function sha256Hex(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The canonical request, rebuilt from what arrived:
 * the raw path as sent (the SDK signs the already percent-encoded pathname), the decoded query
 * re-encoded with RFC 3986 and sorted by key, and the signed headers in the order given.
 */
export function acs3CanonicalRequest(request: EmulatorRequest, signedHeaders: readonly string[]): string {
  const canonicalUri = request.rawPath.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
  const canonicalQuery = Object.keys(request.query)
    .sort()
    .map((key) => `${key}=${rfc3986Encode(request.query[key] ?? '')}`)
    .join('&');
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const value = request.headers[name];
      const text = Array.isArray(value)
        ? [...value]
            .map((v) => v.trim())
            .sort()
            .join(',')
        : (value ?? '').trim();
      return `${name}:${text}\n`;
    })
    .join('');
  const payloadHash = String(request.headers['x-acs-content-sha256'] ?? '');
  return [
    request.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

/** The signature the caller should have sent, given the secret of its AccessKey. */
export function acs3Signature(
  request: EmulatorRequest,
  signedHeaders: readonly string[],
  secret: string,
): string {
  const canonicalRequest = acs3CanonicalRequest(request, signedHeaders);
  const stringToSign = `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}
