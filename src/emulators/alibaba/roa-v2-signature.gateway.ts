import { createHmac } from 'node:crypto';
import type { EmulatorRequest } from '../shared/emulator-types';

const AUTHORIZATION = /^acs ([^:\s]+):(\S+)$/;

/** The parts of a legacy `Authorization: acs AK:signature` header. */
export interface RoaV2Authorization {
  readonly accessKeyId: string;
  readonly signature: string;
}

/** Parses the header, or returns undefined when it is not a legacy ROA authorization. */
export function parseRoaV2Authorization(header: string): RoaV2Authorization | undefined {
  const match = AUTHORIZATION.exec(header.trim());
  if (!match) return undefined;
  const [, accessKeyId = '', signature = ''] = match;
  return { accessKeyId, signature };
}

function header(request: EmulatorRequest, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * The legacy ROA string to sign: method, accept, content-md5, content-type and date lines,
 * then every `x-acs-*` header sorted, then the path with the sorted query in raw (decoded) form.
 */
export function roaV2StringToSign(request: EmulatorRequest): string {
  const lines = ['accept', 'content-md5', 'content-type', 'date'].map((name) => header(request, name));
  const canonicalHeaders = Object.keys(request.headers)
    .filter((name) => name.startsWith('x-acs-'))
    .sort()
    .map(
      (name) =>
        `${name}:${header(request, name)
          .replace(/[\t\n\r\f]/g, ' ')
          .trim()}\n`,
    )
    .join('');
  const keys = Object.keys(request.query).sort();
  const resource =
    keys.length === 0
      ? request.rawPath
      : `${request.rawPath}?${keys.map((k) => `${k}=${request.query[k]}`).join('&')}`;
  return `${request.method}\n${lines.join('\n')}\n${canonicalHeaders}${resource}`;
}

/** base64(HMAC-SHA1(secret, stringToSign)): the signature the caller should have sent. */
export function roaV2Signature(request: EmulatorRequest, secret: string): string {
  return createHmac('sha1', secret)
    .update(Buffer.from(roaV2StringToSign(request), 'utf8'))
    .digest('base64');
}
