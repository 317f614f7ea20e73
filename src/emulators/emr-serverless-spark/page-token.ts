// nextToken codec. The token is opaque to callers; inside it is an offset into the filtered list
// plus a digest of the list's scope (operation, workspace, normalized filter). The dataset never
// changes while the emulator runs, so an offset is stable, and the digest makes a token from
// another list, another filter or a hand-edited one an InvalidParameter instead of a silent wrong page.
import { createHash } from 'node:crypto';

const VERSION = 'e1';

function digest(scope: string, offset: number): string {
  return createHash('sha256').update(`${VERSION}\n${scope}\n${offset}`).digest('base64url').slice(0, 16);
}

/** The token that resumes `scope` at `offset`. */
export function encodePageToken(scope: string, offset: number): string {
  return Buffer.from(`${VERSION}.${offset}.${digest(scope, offset)}`).toString('base64url');
}

/** The offset a token resumes at, or undefined if it was not issued for this scope. */
export function decodePageToken(token: string, scope: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return undefined;
  const parts = Buffer.from(token, 'base64url').toString('utf8').split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || !/^[1-9]\d{0,9}$/.test(parts[1] ?? '')) return undefined;
  const offset = Number(parts[1]);
  return parts[2] === digest(scope, offset) ? offset : undefined;
}
