import type { IncomingMessage } from 'node:http';

/** Longer credentials are refused unread: no real key or token comes near this size. */
const MAX_CREDENTIAL_LENGTH = 8_192;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** The token of `Authorization: Bearer <token>`; undefined when absent, of another scheme, or oversized. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(single(req.headers.authorization) ?? '');
  const token = match?.[1];
  return token !== undefined && token.length <= MAX_CREDENTIAL_LENGTH ? token : undefined;
}

/** The API key a request presents: `Authorization: Bearer <key>`, else `x-api-key: <key>`. */
export function presentedApiKey(req: IncomingMessage): string | undefined {
  const bearer = bearerToken(req);
  if (bearer !== undefined) return bearer;
  const header = single(req.headers['x-api-key'])?.trim();
  return header && header.length <= MAX_CREDENTIAL_LENGTH ? header : undefined;
}
