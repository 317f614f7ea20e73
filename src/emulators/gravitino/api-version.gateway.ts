import { EmulatorResponseError, type EmulatorRequest } from '../shared/emulator-types';
import type { GravitinoErrors } from './error.gateway';

/** API versions this server speaks (`ApiVersion`): only v1. */
const SUPPORTED_VERSIONS: ReadonlySet<number> = new Set([1]);

/** `VersioningFilter.ACCEPT_VERSION_REGEX`, applied with `Matcher.matches()`: the whole value must match. */
const VERSION_MEDIA_TYPE = /^application\/vnd\.gravitino\.v(\d+)\+json$/;

/** The header value as one string (node joins repeated Accept headers with ", "). */
function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The API version a request asks for: from `Accept`, else from `Content-Type`, else the latest
 * (v1), which is what VersioningFilter injects when a client names none.
 */
export function requestedApiVersion(request: EmulatorRequest): number {
  for (const name of ['accept', 'content-type'] as const) {
    const match = VERSION_MEDIA_TYPE.exec(headerValue(request.headers[name])?.trim() ?? '');
    if (match) return Number(match[1]);
  }
  return 1;
}

/**
 * VersioningFilter: a version other than v1 is refused with 406 "Unsupported version". The real
 * server answers that with a Jetty HTML error page (`sendError`); the emulator sends the same
 * status and message in Gravitino's JSON envelope (code 1000, RESTException), since its server
 * writes JSON only. Clients must not depend on the body of a 406.
 */
export function checkApiVersion(request: EmulatorRequest, errors: GravitinoErrors): void {
  const version = requestedApiVersion(request);
  if (!SUPPORTED_VERSIONS.has(version)) {
    throw new EmulatorResponseError(errors.response(406, 1000, 'RESTException', 'Unsupported version'));
  }
}
