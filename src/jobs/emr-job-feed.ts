import { emrStatesForStatuses } from '../domain/job-run-status';
import { mayReadEmrWorkspace } from '../domain/tenant-grants';
import { EMR_MAX_RESULTS } from '../domain/upstream-page-limits';
import type { Workspace } from '../domain/workspace';
import { compareNewestFirst, isAfter } from '../pagination/merge-order';
import { inScope, listInstance, type JobFeed, type JobList, type ListRead } from './job-feed';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from './job-query-filter';
import type { JobsContext, JobsPageContext } from './jobs-context';
import { jobItem, jobListIdPrefix, type JobItem } from './listed-job';
import { NewestFirstCheck, type InstanceOrder } from './newest-first-check';
import { sliceWholeList } from './whole-list';
import { trimTrailingTies } from './trim-trailing-ties';

/** Fewest runs one read asks for. */
const MIN_READ = 50;

/** Every workspace of an instance: ListWorkspaces at its largest page, following nextToken to the end. */
async function allWorkspaces(context: JobsContext, instanceId: string): Promise<Workspace[]> {
  const workspaces: Workspace[] = [];
  let nextToken: string | null = null;
  do {
    const page = await context.loaders.emrServerlessSpark.workspacePages.load({
      instanceId,
      filter: {},
      page: { maxResults: EMR_MAX_RESULTS, nextToken },
    });
    workspaces.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken !== null);
  return workspaces;
}

/** A released workspace ran nothing after its release; a live one may have run something just now. */
function newestPossible(workspace: Workspace): number | null {
  return workspace.workspaceStatus === 'TERMINATED' && workspace.endTime !== null ? workspace.endTime : null;
}

/**
 * One workspace's runs, newest first, with the time window and states pushed down to ListJobRuns.
 * ListJobRuns documents no order: a read stops early only while every run arrived newest first
 * (NewestFirstCheck, across pages); once one did not, the read goes on to the end of the window,
 * sorts it, and serves the rest of the page from it, and the instance's other workspaces are read
 * whole from the start.
 */
function workspaceList(
  context: JobsPageContext,
  filter: JobQueryFilter,
  instanceId: string,
  workspace: Workspace,
  instanceOrder: InstanceOrder,
  states: readonly string[] | undefined,
): JobList {
  let read: ListRead = 'PAGED_NEWEST_FIRST';
  /** The window's runs, sorted, once a read had to take it whole. */
  let whole: JobItem[] | undefined;
  return {
    key: `emr:${instanceId}:${workspace.workspaceId}`,
    newestPossible: newestPossible(workspace),
    idPrefix: jobListIdPrefix('EMR_SERVERLESS_SPARK', instanceId, workspace.workspaceId),
    read: () => read,
    async fetch(after, limit) {
      if (whole) return sliceWholeList(whole, after, limit);
      const upper = createdUpperBound(filter, after?.createdAt ?? null);
      const startTime = {
        ...(filter.createdAfter !== null ? { from: filter.createdAfter } : {}),
        ...(upper !== null ? { to: upper } : {}),
      };
      const order = new NewestFirstCheck();
      const paged = () => instanceOrder.newestFirst && order.holds;
      const items: JobItem[] = [];
      let nextToken: string | null = null;
      let first = true;
      do {
        // Past a break in the order, each further call finishes the list whole: from the page's allowance.
        if (first || paged()) context.reads.count();
        else context.reads.take('EMR_SERVERLESS_SPARK');
        first = false;
        const page = await context.loaders.emrServerlessSpark.jobRunPages.load({
          instanceId,
          workspaceId: workspace.workspaceId,
          filter: {
            ...(states ? { states } : {}),
            ...(Object.keys(startTime).length > 0 ? { startTime } : {}),
          },
          // At least a modest page (gateway-side filters like nameContains may drop items); a whole read takes the largest.
          page: {
            maxResults: paged() ? Math.min(EMR_MAX_RESULTS, Math.max(limit, MIN_READ)) : EMR_MAX_RESULTS,
            nextToken,
          },
        });
        if (!order.accept(page.items.map((run) => run.createdAt))) instanceOrder.newestFirst = false;
        for (const run of page.items) {
          if (!matchesJobFilter(run, filter)) continue;
          const item = jobItem(run);
          if (isAfter(item, after)) items.push(item);
        }
        nextToken = page.nextToken;
      } while (nextToken !== null && (items.length < limit || !paged()));
      items.sort(compareNewestFirst);
      if (!paged()) {
        read = 'FULL_READ';
        whole = items;
        return sliceWholeList(whole, after, limit);
      }
      const more = nextToken !== null || items.length > limit;
      return { items: trimTrailingTies(items.slice(0, limit), more), more };
    },
  };
}

/** One instance's lists: its workspaces the tenant may read whose runs can reach the filter's window. */
async function instanceLists(context: JobsPageContext, filter: JobQueryFilter, instanceId: string) {
  const states = filter.statuses ? emrStatesForStatuses([...filter.statuses]) : undefined;
  // Statuses no EMR state maps to (UNKNOWN alone), or a tenant granted no workspace: nothing here
  // can match, so nothing is read.
  if (states?.length === 0 || context.tenant.grants.emrWorkspaces?.length === 0) return [];
  const instanceOrder: InstanceOrder = { newestFirst: true };
  return (await allWorkspaces(context, instanceId))
    .filter(
      (workspace) =>
        // Another tenant's workspace is no list at all: its runs are never read.
        mayReadEmrWorkspace(context.tenant, workspace.workspaceId) &&
        (filter.createdAfter === null || (newestPossible(workspace) ?? Infinity) >= filter.createdAfter),
    )
    .map((workspace) => workspaceList(context, filter, instanceId, workspace, instanceOrder, states));
}

/**
 * EMR Serverless Spark: one list per workspace of every instance in scope that the tenant may read.
 * Workspaces come from ListWorkspaces; a released workspace's end time bounds its newest run, so old
 * ones are not read for recent pages.
 */
export const emrJobFeed: JobFeed = {
  provider: 'EMR_SERVERLESS_SPARK',
  instances: (context, filter) =>
    Promise.all(
      context.instances.emrServerlessSpark
        .filter((instance) => inScope(filter, 'EMR_SERVERLESS_SPARK', instance.regionId))
        .map((instance) =>
          listInstance('EMR_SERVERLESS_SPARK', instance.id, () =>
            instanceLists(context, filter, instance.id),
          ),
        ),
    ),
};
