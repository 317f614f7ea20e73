// Paging of the list operations: maxResults and nextToken. The token is opaque to callers; inside
// it is an offset into the filtered list plus a digest of the list's scope (operation, workspace,
// normalized filter). The dataset never changes while the emulator runs, so an offset is stable,
// and the digest makes a token from another list, another filter or a hand-edited one an
// InvalidParameter instead of a silent wrong page.
import { createHash } from 'node:crypto';
import type { ParamReader } from './param-reader.query';

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

/** Documented page size bounds: maxResults 1..100, default 20. */
const DEFAULT_MAX_RESULTS = 20;
const MAX_MAX_RESULTS = 100;

/** A page request: size and the raw token, read before any lookup so bad input fails first. */
export interface PageRequest {
  readonly maxResults: number;
  readonly nextToken?: string;
}

/** Reads maxResults and nextToken. */
export function readPageRequest(reader: ParamReader): PageRequest {
  const maxResults = reader.query.int('maxResults', { min: 1, max: MAX_MAX_RESULTS }) ?? DEFAULT_MAX_RESULTS;
  const nextToken = reader.query.string('nextToken');
  return nextToken === undefined ? { maxResults } : { maxResults, nextToken };
}

/** The slice of a list of `total` items to answer, and the token of the page after it. */
export interface PageSlice {
  readonly start: number;
  readonly end: number;
  readonly nextToken?: string;
}

/** Resolves a page request against a list; a token not issued for this scope is 400 InvalidParameter. */
export function slicePage(reader: ParamReader, page: PageRequest, scope: string, total: number): PageSlice {
  let start = 0;
  if (page.nextToken !== undefined) {
    const offset = decodePageToken(page.nextToken, scope);
    if (offset === undefined || offset >= total) throw reader.invalid('nextToken');
    start = offset;
  }
  const end = Math.min(total, start + page.maxResults);
  return end < total ? { start, end, nextToken: encodePageToken(scope, end) } : { start, end };
}
