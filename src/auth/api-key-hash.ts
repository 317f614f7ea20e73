import { createHash, randomBytes } from 'node:crypto';

/** Prefix of keys made by `jobgraph hash-key --generate`: recognisable in a leaked-secret scan. */
const KEY_PREFIX = 'jg_';

/** The lower-case hex SHA-256 of a key: what the config file stores instead of the key. */
export function sha256Hex(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * A fresh random key (256 bits). A plain SHA-256 is enough to store it because the key is random
 * and long: there is nothing to guess that a slow password hash would protect.
 */
export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}
