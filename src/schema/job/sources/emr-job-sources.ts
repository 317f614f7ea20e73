import { mayReadEmrWorkspace } from '../../../domain/tenant-grants';
import type { Workspace } from '../../../domain/workspace';
import { compareNewestFirst, isAfter } from '../../../pagination/merge-order';
import type { MergeSource } from '../../../pagination/merge';
import { emrStatesForStatuses } from '../../../providers/emr-serverless-spark/emr-serverless-spark-status';
import type { GatewayContext } from '../../gateway-context';
import { jobRunNode } from '../../emr-serverless-spark/emr-nodes';
import { inScope, instanceSources, type JobMergeItem, type JobSourceFactory } from '../job-merge-source';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from '../job-query-filter';
import { trimTrailingTies } from './trim-trailing-ties';

/** EMR's largest page. */
const MAX_RESULTS = 100;
/** Fewest runs one read asks for. */
const MIN_READ = 50;

/** Every workspace of an instance: ListWorkspaces at its largest page. */
async function allWorkspaces(context: GatewayContext, instanceId: string): Promise<Workspace[]> {
  const workspaces: Workspace[] = [];
  let nextToken: string | null = null;
  do {
    const page = await context.loaders.emrServerlessSpark.workspacePages.load({
      instanceId,
      filter: {},
      page: { maxResults: MAX_RESULTS, nextToken },
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
function workspaceSource(
  context: GatewayContext,
  filter: JobQueryFilter,
  instanceId: string,
  workspace: Workspace,
): MergeSource<object> {
  const states = filter.statuses ? emrStatesForStatuses([...filter.statuses]) : undefined;
  return {
    key: `emr:${instanceId}:${workspace.workspaceId}`,
    newestPossible: newestPossible(workspace),
    async fetch(after, limit) {
      const upper = createdUpperBound(filter, after?.t ?? null);
      const startTime = {
        ...(filter.createdAfter !== null ? { from: filter.createdAfter } : {}),
        ...(upper !== null ? { to: upper } : {}),
      };
      const items: JobMergeItem[] = [];
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
          page: { maxResults: Math.min(MAX_RESULTS, Math.max(limit, MIN_READ)), nextToken },
        });
        for (const run of page.items) {
          if (!matchesJobFilter(run, filter)) continue;
          const node = jobRunNode(run);
          const item = { t: run.createdAt, k: node.id, node };
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
 * One source per EMR workspace of every instance in scope that the tenant may read. Workspaces come
 * from ListWorkspaces; a released workspace's end time bounds its newest run, so old ones are not
 * read for recent pages.
 */
export const emrJobSources: JobSourceFactory = async (context, filter) =>
  Promise.all(
    context.providers.emrServerlessSpark
      .filter((instance) => inScope(filter, 'EMR_SERVERLESS_SPARK', instance.regionId))
      .map((instance) =>
        instanceSources('EMR_SERVERLESS_SPARK', instance.id, async () =>
          // Statuses no EMR state maps to (UNKNOWN alone), or a tenant granted no workspace: nothing
          // here can match, so nothing is read.
          (filter.statuses && emrStatesForStatuses([...filter.statuses]).length === 0) ||
          context.tenant.grants.emrWorkspaces?.length === 0
            ? []
            : (await allWorkspaces(context, instance.id))
                .filter(
                  (workspace) =>
                    // Another tenant's workspace is no source at all: its runs are never read.
                    mayReadEmrWorkspace(context.tenant, workspace.workspaceId) &&
                    (filter.createdAfter === null ||
                      (newestPossible(workspace) ?? Infinity) >= filter.createdAfter),
                )
                .map((workspace) => workspaceSource(context, filter, instance.id, workspace)),
        ),
      ),
  );
