import type { GatewayErrorCode } from './error-code';
import { safeUpstreamCode, safeUpstreamRequestId } from './upstream-identifiers';

/** A client-facing extensions object: built only from allowlisted keys and checked values. */
export type ClientExtensions = Record<string, unknown> & { readonly code: string };

/** Names we write ourselves (providers, operations, arguments, cost keys); nothing else passes. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** An argument path such as `filter.nameContains` or `ids[3]`. */
const ARGUMENT = /^[A-Za-z_][A-Za-z0-9_.[\]]{0,99}$/;

type Check = (value: unknown) => unknown;

const finiteNumber: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const argument: Check = (value) => (typeof value === 'string' && ARGUMENT.test(value) ? value : undefined);
const name: Check = (value) => (typeof value === 'string' && NAME.test(value) ? value : undefined);

/** `{ requestedObjects: 12, limit: 1000 }`-style objects: named numbers (or null) only. */
const numberRecord: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return finiteNumber(value);
  const out: Record<string, number | null> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!NAME.test(key)) continue;
    if (item === null) out[key] = null;
    else if (typeof item === 'number' && Number.isFinite(item)) out[key] = item;
  }
  return out;
};

/** `extensions.upstream`: exactly `{provider, operation, code, requestId}`, each re-checked. */
const upstream: Check = (value) => {
  if (typeof value !== 'object' || value === null) return undefined;
  const details = value as Record<string, unknown>;
  const provider = name(details.provider);
  const operation = name(details.operation);
  if (provider === undefined || operation === undefined) return undefined;
  return {
    provider,
    operation,
    code: safeUpstreamCode(details.code),
    requestId: safeUpstreamRequestId(details.requestId),
  };
};

/** Which limit was hit: its config key (`maxDepth`, `upstreamCalls`), or named numbers. */
const limit: Check = (value) => name(value) ?? numberRecord(value);

const RETRY_HINTS = { retryAfter: finiteNumber, retryAfterMs: finiteNumber, retryAfterSeconds: finiteNumber };
const COST = {
  limit,
  found: finiteNumber,
  maximum: finiteNumber,
  cost: numberRecord,
  requestedObjects: finiteNumber,
  requestedUpstreamCalls: finiteNumber,
};

/**
 * What each code may carry besides `code` (DESIGN §4.4). A key missing here never reaches a
 * client, whatever an error class puts in its extensions.
 */
const ALLOWED: Readonly<Record<GatewayErrorCode, Readonly<Record<string, Check>>>> = {
  BAD_USER_INPUT: { argument, upstream },
  NOT_FOUND: { upstream },
  UNAUTHENTICATED: { upstream },
  FORBIDDEN: {},
  UPSTREAM_UNAVAILABLE: { upstream, ...RETRY_HINTS },
  UPSTREAM_THROTTLED: { upstream, ...RETRY_HINTS },
  UPSTREAM_TIMEOUT: { upstream },
  UPSTREAM_ERROR: { upstream },
  QUERY_TOO_COMPLEX: COST,
  TIMEOUT: { deadlineMs: finiteNumber },
  THROTTLED: { limit, ...RETRY_HINTS },
  GATEWAY_BUSY: { provider: name, ...RETRY_HINTS },
  OPERATION_NOT_IN_SAFELIST: {},
  SHUTTING_DOWN: {},
};

/** The extensions a client may see for a GatewayError of `code`: allowlisted keys, checked values. */
export function allowedExtensions(
  code: GatewayErrorCode,
  extensions: Readonly<Record<string, unknown>>,
): ClientExtensions {
  const out: Record<string, unknown> = {};
  const checks = ALLOWED[code] ?? {};
  for (const [key, check] of Object.entries(checks)) {
    if (!(key in extensions)) continue;
    const value = check(extensions[key]);
    if (value !== undefined) out[key] = value;
  }
  return { code, ...out };
}
