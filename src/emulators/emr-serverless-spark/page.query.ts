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

/** maxResults when absent: both pages' example value. */
const DEFAULT_MAX_RESULTS = 20;

/** ListJobRuns documents "The maximum value is 100"; a larger maxResults is 400 InvalidParameter. */
export const LIST_JOB_RUNS_MAX_RESULTS = 100;

/**
 * How one list bounds maxResults: `max` is a documented maximum (larger is refused), `cap` an
 * undocumented one a server may apply silently (it serves at most `cap` items a page, the token
 * resuming after what it served). ListWorkspaces documents neither, so both are options there.
 */
export interface PageBounds {
  readonly max?: number;
  readonly cap?: number;
}

/** A page request: size and the raw token, read before any lookup so bad input fails first. */
export interface PageRequest {
  /** The size asked for. */
  readonly maxResults: number;
  /** The size served: maxResults, lowered to the list's cap. */
  readonly served: number;
  readonly nextToken?: string;
}

/** Reads maxResults and nextToken. */
export function readPageRequest(reader: ParamReader, bounds: PageBounds): PageRequest {
  const maxResults =
    reader.query.int('maxResults', { min: 1, ...(bounds.max !== undefined ? { max: bounds.max } : {}) }) ??
    DEFAULT_MAX_RESULTS;
  const served = Math.min(maxResults, bounds.cap ?? maxResults);
  const nextToken = reader.query.string('nextToken');
  return nextToken === undefined ? { maxResults, served } : { maxResults, served, nextToken };
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
  const end = Math.min(total, start + page.served);
  return end < total ? { start, end, nextToken: encodePageToken(scope, end) } : { start, end };
}
