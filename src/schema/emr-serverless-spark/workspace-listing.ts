import { EMR_MAX_RESULTS } from '../../loaders/emr-serverless-spark.loaders';
import { sliceConcatenated, type ConcatSource } from '../../pagination/concat-slicer';
import { toPageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceTokenPaged } from '../../pagination/token-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { toEmrWorkspaceFilter } from './emr-filters';
import { selectInstances } from '../common/instances';
import { workspaceNode, type WorkspaceNode } from './emr-nodes';
import type { WorkspacesArgs } from './workspace.args';

/**
 * `Query.workspaces`: every selected instance's ListWorkspaces, one after another in config order,
 * forward only. `first: N` with no cursor on an instance holding N workspaces costs one call.
 * totalCount is lazy: it reuses the totals the page already read and spends one one-item
 * ListWorkspaces only on instances the page did not reach.
 */
export async function listWorkspaces(
  context: GatewayContext,
  args: WorkspacesArgs,
): Promise<ConnectionResult<WorkspaceNode>> {
  const request = toPageRequest(args, { backward: false });
  const instances = selectInstances(
    context.providers.emrServerlessSpark,
    args.filter,
    'EMR Serverless Spark',
  );
  const filter = toEmrWorkspaceFilter(args.filter);
  const scope = { instances: args.filter?.instances ?? null, regions: args.filter?.regions ?? null };
  const binding = cursorBinding(['workspaces', null, scope, filter]);
  const loadPage = (instanceId: string, nextToken: string | null, maxResults: number) =>
    context.loaders.emrServerlessSpark.workspacePages.load({
      instanceId,
      filter,
      page: { nextToken, maxResults },
    });
  const totals = new Map<string, number>();
  const sources: ConcatSource<WorkspaceNode>[] = instances.map((instance) => ({
    key: instance.id,
    async slice(inner) {
      const page = await sliceTokenPaged(
        async (token, size) => {
          const { items, nextToken, totalCount } = await loadPage(
            instance.id,
            token,
            Math.min(size, EMR_MAX_RESULTS),
          );
          return { items: items.map(workspaceNode), nextToken, totalCount };
        },
        inner,
        context.cursors,
        binding,
      );
      if (page.totalCount !== null) totals.set(instance.id, page.totalCount);
      return page;
    },
  }));
  const page = await sliceConcatenated(sources, request, context.cursors, binding);
  return toConnectionResult(page, async () => {
    const counts = await Promise.all(
      instances.map(
        async (instance) => totals.get(instance.id) ?? (await loadPage(instance.id, null, 1)).totalCount,
      ),
    );
    // One instance that does not report a total makes the sum unknown.
    return counts.some((count) => count === null)
      ? null
      : counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  });
}
