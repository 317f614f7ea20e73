import { timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig } from '../config/auth.config';
import type { Tenant } from '../domain/tenant';
import { sha256Hex } from './api-key-hash';

/** Finds the tenant of a presented API key; undefined for any key that is not configured. */
export type ApiKeyVerifier = (presented: string) => Tenant | undefined;

/**
 * Verifies API keys against their stored SHA-256 hashes. The presented key is hashed, then compared
 * with every stored hash in constant time and without stopping at a match, so the time taken says
 * nothing about which key (or how much of one) matched.
 */
export function createApiKeyVerifier(
  keys: readonly ApiKeyConfig[],
  tenants: ReadonlyMap<string, Tenant>,
): ApiKeyVerifier {
  const stored = keys.map((key) => ({
    hash: Buffer.from(key.sha256, 'hex'),
    tenant: tenants.get(key.tenant),
  }));
  return (presented) => {
    const hash = Buffer.from(sha256Hex(presented), 'hex');
    let found: Tenant | undefined;
    for (const entry of stored) {
      // Every comparison runs; the assignment is the only data-dependent step.
      if (timingSafeEqual(hash, entry.hash) && entry.tenant) found = entry.tenant;
    }
    return found;
  };
}
