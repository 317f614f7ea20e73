import { emrStatesForStatuses } from '../domain/job-run-status';
import { mayReadEmrWorkspace } from '../domain/tenant-grants';
import { EMR_MAX_RESULTS } from '../domain/upstream-page-limits';
import type { Workspace } from '../domain/workspace';
import { compareNewestFirst, isAfter } from '../pagination/merge-order';
import { inScope, listInstance, type JobFeed, type JobList } from './job-feed';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from './job-query-filter';
import type { JobsContext } from './jobs-context';
import { jobItem, type JobItem } from './listed-job';
import { trimTrailingTies } from './trim-trailing-ties';

/** Fewest runs one read asks for. */
const MIN_READ = 50;

/** Every workspace of an instance: ListWorkspaces at its largest page. */
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

/** One workspace's runs, newest first, with the time window and states pushed down to ListJobRuns. */
function workspaceList(
  context: JobsContext,
  filter: JobQueryFilter,
  instanceId: string,
  workspace: Workspace,
): JobList {
  const states = filter.statuses ? emrStatesForStatuses([...filter.statuses]) : undefined;
  return {
    key: `emr:${instanceId}:${workspace.workspaceId}`,
    newestPossible: newestPossible(workspace),
    async fetch(after, limit) {
      const upper = createdUpperBound(filter, after?.createdAt ?? null);
      const startTime = {
        ...(filter.createdAfter !== null ? { from: filter.createdAfter } : {}),
        ...(upper !== null ? { to: upper } : {}),
      };
      const items: JobItem[] = [];
      let nextToken: string | null = null;
      do {
        const page = await context.loaders.emrServerlessSpark.jobRunPages.load({
          instanceId,
          workspaceId: workspace.workspaceId,
          filter: {
            ...(states ? { states } : {}),
            ...(Object.keys(startTime).length > 0 ? { startTime } : {}),
          },
          // At least a modest page: gateway-side filters (nameContains) may drop items.
          page: { maxResults: Math.min(EMR_MAX_RESULTS, Math.max(limit, MIN_READ)), nextToken },
        });
        for (const run of page.items) {
          if (!matchesJobFilter(run, filter)) continue;
          const item = jobItem(run);
          if (isAfter(item, after)) items.push(item);
        }
        nextToken = page.nextToken;
      } while (items.length < limit && nextToken !== null);
      items.sort(compareNewestFirst);
      const more = nextToken !== null || items.length > limit;
      return { items: trimTrailingTies(items.slice(0, limit), more), more };
    },
  };
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
          listInstance('EMR_SERVERLESS_SPARK', instance.id, async () =>
            // Statuses no EMR state maps to, or a tenant granted no workspace: nothing
            // here can match, so nothing is read.
            (filter.statuses && emrStatesForStatuses([...filter.statuses]).length === 0) ||
            context.tenant.grants.emrWorkspaces?.length === 0
              ? []
              : (await allWorkspaces(context, instance.id))
                  .filter(
                    (workspace) =>
                      // Another tenant's workspace is no list at all: its runs are never read.
                      mayReadEmrWorkspace(context.tenant, workspace.workspaceId) &&
                      (filter.createdAfter === null ||
                        (newestPossible(workspace) ?? Infinity) >= filter.createdAfter),
                  )
                  .map((workspace) => workspaceList(context, filter, instance.id, workspace)),
          ),
        ),
    ),
};
