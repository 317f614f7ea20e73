import { randomBytes } from 'node:crypto';
import type { Secret } from '../config/secret';
import { CursorCodec } from '../pagination/cursor-codec';

/** How long a cursor stays valid: a day, long enough for any paging session. */
export const CURSOR_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * The gateway's cursor codec. With `server.cursorSecret`, every replica signs with the same key, so
 * a page's cursor works on whichever replica the load balancer picks next, and across restarts.
 * Without it, a random key per process: cursors die with the process (clients handle that like an
 * expired cursor) and work only on the replica that made them.
 */
export function gatewayCursorCodec(cursorSecret: Secret | undefined): CursorCodec {
  return new CursorCodec({
    secret: cursorSecret ? Buffer.from(cursorSecret.reveal()) : randomBytes(32),
    maxAgeMs: CURSOR_MAX_AGE_MS,
  });
}
