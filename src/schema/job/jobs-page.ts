import { setMaxListeners } from 'node:events';
import type { GraphQLError } from 'graphql';
import { RequestTimeoutError } from '../../errors/timeout.error';
import { UpstreamError } from '../../errors/upstream-error';
import { connectionOf } from '../../pagination/connection';
import { toPageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { mergeNewestFirst, type SourceOutcome } from '../../pagination/merge';
import type { MergePosition } from '../../pagination/merge-order';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { JobSourceFactory } from './job-merge-source';
import type { JobQueryFilter } from './job-query-filter';
import type { JobSource } from './job-source.type';
import { partialErrors, reportInstance } from './job-sources-report';

/** A `jobs` cursor: the edge's place in the merged order, and (last edge only) the sources' resume hints. */
interface JobsCursor {
  readonly p: MergePosition;
  readonly h?: Readonly<Record<string, unknown>>;
}

/** What the JobConnection resolver returns. */
export type JobsPage = ConnectionResult<object> & { readonly sources: readonly JobSource[] };

/**
 * One page of every provider's jobs, newest first. Each provider lists its sources (workspaces,
 * instances, template histories, metalakes), the lazy merge reads only those that can reach the
 * page, and instances whose sources failed are reported in `sources` and as typed errors while the
 * others' jobs still arrive.
 */
export async function loadJobsPage(
  context: GatewayContext,
  args: { first?: number | null; after?: string | null },
  filter: JobQueryFilter,
  factories: readonly JobSourceFactory[],
  reportError: (error: GraphQLError) => void,
): Promise<JobsPage> {
  const request = toPageRequest(args, { backward: false });
  if (request.direction !== 'forward') throw new Error('unreachable: jobs pages forward only');
  const binding = cursorBinding([
    'jobs',
    filter.providers && [...filter.providers].sort(),
    filter.statuses && [...filter.statuses].sort(),
    filter.createdAfter,
    filter.createdBefore,
    filter.nameContains,
    filter.regions && [...filter.regions].sort(),
  ]);
  const cursor =
    request.after === null ? null : context.cursors.decode<JobsCursor>(request.after, binding, 'after');
  const instances = (await Promise.all(factories.map((factory) => factory(context, filter)))).flat();
  // A page answers within this, or when the request is over; sources still reading then are cut and reported DEGRADED.
  const deadline = AbortSignal.any([AbortSignal.timeout(context.jobs.pageDeadlineMs), context.scope.signal]);
  // Every concurrent source read listens on the one deadline.
  setMaxListeners(0, deadline);
  const merged = await mergeNewestFirst(
    instances.flatMap((instance) => instance.sources),
    cursor?.p ?? null,
    request.size,
    {
      concurrency: context.jobs.sourceConcurrency,
      signal: deadline,
      ...(cursor?.h ? { hints: cursor.h } : {}),
      isTimeout: (error) => error instanceof UpstreamError && error.code === 'UPSTREAM_TIMEOUT',
    },
  );
  // Sources cut because the request itself ended fail with its TIMEOUT, not as the provider's slowness.
  const requestOver = context.scope.signal.aborted;
  const outcomes = new Map<string, SourceOutcome>(
    merged.outcomes.map((outcome) => [
      outcome.key,
      requestOver && outcome.status === 'DEGRADED' ? { ...outcome, error: new RequestTimeoutError() } : outcome,
    ]),
  );
  partialErrors(instances, outcomes).forEach(reportError);
  const last = merged.items.length - 1;
  // Hints describe where reading stopped, so only the last edge may carry them; earlier edges re-read from the top.
  const edges = merged.items.map((item, index) => ({
    node: item.node,
    cursor: context.cursors.encode<JobsCursor>(
      binding,
      index === last ? { p: { t: item.t, k: item.k }, h: merged.hints } : { p: { t: item.t, k: item.k } },
    ),
  }));
  const page = connectionOf(edges, { hasNextPage: merged.hasMore, hasPreviousPage: cursor !== null }, null);
  return {
    ...toConnectionResult(page),
    sources: instances.map((instance) => reportInstance(instance, outcomes)),
  };
}
