// What every EMR Serverless Spark route shares: the gateway (errors), the indexes, the run query
// engine, plus the request-reading and paging helpers all three operations use.
import type { AlibabaGateway } from '../alibaba/alibaba-gateway';
import { readAlibabaQuery } from '../alibaba/alibaba-query';
import type { EmulatorRequest } from '../shared/emulator-types';
import type { EmrIndex } from './job-run.index';
import type { JobRunQueryEngine } from './job-run.query';
import { decodePageToken, encodePageToken } from './page-token';
import type { ParamReader } from './request-json';

/** Shared state of one emulator instance's routes. */
export interface EmrRouteContext {
  readonly gateway: AlibabaGateway;
  readonly index: EmrIndex;
  readonly runs: JobRunQueryEngine;
}

/** Documented page size bounds: maxResults 1..100, default 20. */
const DEFAULT_MAX_RESULTS = 20;
const MAX_MAX_RESULTS = 100;

/** The query readers of one request, failing with 400 InvalidParameter. */
export function paramReader(ctx: EmrRouteContext, request: EmulatorRequest): ParamReader {
  return {
    query: readAlibabaQuery(ctx.gateway, request),
    invalid: (param) =>
      ctx.gateway.fail(request, 400, 'InvalidParameter', `The specified parameter "${param}" is invalid.`),
  };
}

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

/** 404 for a workspace that does not exist in the requested region (a regional endpoint would not see it). */
export function findWorkspace(
  ctx: EmrRouteContext,
  request: EmulatorRequest,
  workspaceId: string,
  regionId?: string,
): number {
  const index = ctx.index.workspaceById.get(workspaceId);
  const workspace = index === undefined ? undefined : ctx.index.dataset.workspaces[index];
  if (index === undefined || !workspace || (regionId !== undefined && workspace.wire.regionId !== regionId)) {
    // No EMR-specific code is documented; this follows the POP convention Invalid{Param}.NotFound.
    throw ctx.gateway.fail(
      request,
      404,
      'InvalidWorkspaceId.NotFound',
      `The specified workspace ${workspaceId} does not exist.`,
    );
  }
  return index;
}
