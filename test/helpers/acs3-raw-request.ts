import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../src/emulators/alibaba/alibaba.gateway';

/**
 * A hand-made ACS3-HMAC-SHA256 request, for what the official runtime will not send:
 * a stale x-acs-date, a chosen (replayed) nonce. Written from the published algorithm, independently
 * of the emulator's verifier, so the two check each other.
 */
export interface RawAcs3Request {
  readonly url: string;
  readonly action: string;
  readonly version: string;
  readonly pathname: string;
  readonly query?: Record<string, string>;
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  /** Defaults to now. */
  readonly date?: Date;
  /** Defaults to a fresh random nonce. */
  readonly nonce?: string;
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Sends the request and returns status, headers and parsed body. */
export async function sendRawAcs3(
  request: RawAcs3Request,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const host = new URL(request.url).host;
  const query = request.query ?? {};
  const queryString = Object.keys(query)
    .sort()
    .map((key) => `${key}=${encode(query[key] ?? '')}`)
    .join('&');
  const headers: Record<string, string> = {
    host,
    'x-acs-action': request.action,
    'x-acs-content-sha256': createHash('sha256').update('').digest('hex'),
    'x-acs-date': (request.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': request.nonce ?? randomBytes(16).toString('hex'),
    'x-acs-version': request.version,
  };
  const names = Object.keys(headers).sort();
  const canonical = [
    'GET',
    request.pathname,
    queryString,
    names.map((name) => `${name}:${headers[name]}\n`).join(''),
    names.join(';'),
    headers['x-acs-content-sha256'],
  ].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
  const signature = createHmac(
    'sha256',
    request.accessKeySecret ?? DEFAULT_EMULATOR_CREDENTIAL.accessKeySecret,
  )
    .update(stringToSign)
    .digest('hex');
  const accessKeyId = request.accessKeyId ?? DEFAULT_EMULATOR_CREDENTIAL.accessKeyId;
  const { host: _host, ...sent } = headers;
  const response = await fetch(`${request.url}${request.pathname}${queryString ? `?${queryString}` : ''}`, {
    headers: {
      ...sent,
      authorization: `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`,
    },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
