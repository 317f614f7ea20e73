import { setMaxListeners } from 'node:events';
import { RequestTimeoutError } from '../errors/timeout.error';
import { UpstreamError } from '../errors/upstream.error';
import { mergeNewestFirst, type ListOutcome } from '../pagination/merge';
import { positionOf } from '../pagination/merge-order';
import { deadlineSignal } from '../request/deadline-signal';
import { reportInstance, type InstanceReport } from './instance-report';
import type { JobFeed } from './job-feed';
import { JOB_FEEDS } from './job-feeds';
import type { JobQueryFilter } from './job-query-filter';
import type { JobsContext, JobsPageContext } from './jobs-context';
import { decodeJobsCursor, encodeJobsCursor, jobsCursorBinding } from './jobs-cursor';
import type { ListedJob } from './listed-job';
import { PageReadBudget } from './page-read-budget';

/** One edge of a `jobs` page: the job and its opaque cursor. */
export interface JobEdge {
  readonly job: ListedJob;
  readonly cursor: string;
}

/** One page of every provider's jobs, with how each provider instance fared. */
export interface JobsPage {
  readonly edges: readonly JobEdge[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  /** One per provider instance in scope; those not OK carry the typed error to report. */
  readonly instances: readonly InstanceReport[];
}

/**
 * One page of every provider's jobs, newest first, `size` edges after the `after` cursor. Each
 * feed lists its instances' lists (workspaces, instances, template histories, metalakes), the lazy
 * merge reads only those that can reach the page, and instances whose lists failed or were cut at
 * the page deadline are reported while the others' jobs still arrive.
 */
export async function listJobsPage(
  context: JobsContext,
  request: { readonly size: number; readonly after: string | null },
  filter: JobQueryFilter,
  feeds: readonly JobFeed[] = JOB_FEEDS,
): Promise<JobsPage> {
  const binding = jobsCursorBinding(filter);
  // Decoded before any upstream call: a bad cursor costs nothing.
  const cursor = request.after === null ? null : decodeJobsCursor(context.cursors, binding, request.after);
  // The list reads this page may make: what the cost estimate charged for it.
  const page: JobsPageContext = { ...context, reads: new PageReadBudget(request.size) };
  const instances = (await Promise.all(feeds.map((feed) => feed.instances(page, filter)))).flat();
  // A page answers within this, or when the request is over; lists still reading then are cut and reported DEGRADED.
  const deadline = deadlineSignal(context.settings.pageDeadlineMs, context.requestSignal);
  // Every concurrent list read listens on the one deadline.
  setMaxListeners(0, deadline.signal);
  const merged = await mergeNewestFirst(
    instances.flatMap((instance) => instance.lists),
    cursor?.position ?? null,
    request.size,
    {
      concurrency: context.settings.sourceConcurrency,
      signal: deadline.signal,
      ...(cursor?.hints ? { hints: cursor.hints } : {}),
      ...(cursor?.lastList ? { lastList: cursor.lastList } : {}),
      isTimeout: (error) => error instanceof UpstreamError && error.code === 'UPSTREAM_TIMEOUT',
    },
  ).finally(() => deadline.clear());
  // Lists cut because the request itself ended fail with its TIMEOUT, not as the provider's slowness.
  const requestOver = context.requestSignal.aborted;
  const outcomes = new Map<string, ListOutcome>(
    merged.outcomes.map((outcome) => [
      outcome.key,
      requestOver && outcome.status === 'DEGRADED'
        ? { ...outcome, error: new RequestTimeoutError() }
        : outcome,
    ]),
  );
  const last = merged.items.length - 1;
  // Hints and what was learnt of the last item's list describe where reading stopped, so only the
  // last edge may carry them; earlier edges re-read from the top. Each cursor is signed when first
  // read: a client that selects no cursor pays no HMAC.
  const edges = merged.items.map((item, index): JobEdge => {
    let made: string | undefined;
    const cursorOf = () =>
      encodeJobsCursor(
        context.cursors,
        binding,
        index === last
          ? {
              position: positionOf(item),
              hints: merged.hints,
              ...(merged.lastList ? { lastList: merged.lastList } : {}),
            }
          : { position: positionOf(item) },
      );
    return {
      job: item.value,
      get cursor() {
        return (made ??= cursorOf());
      },
    };
  });
  return {
    edges,
    hasNextPage: merged.hasMore,
    hasPreviousPage: cursor !== null,
    instances: instances.map((instance) => reportInstance(instance, outcomes)),
  };
}
