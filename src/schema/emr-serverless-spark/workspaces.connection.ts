import { mayReadEmrWorkspace } from '../../domain/tenant-grants';
import { EMR_MAX_RESULTS } from '../../domain/upstream-page-limits';
import { toPageRequest } from '../../pagination/connection-args';
import { sliceConcatenatedCounted, type CountedSource } from '../../pagination/counted-concat-slicer';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceTokenPaged } from '../../pagination/token-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { toEmrWorkspaceFilter } from './workspace.filter';
import { workspaceNode, type WorkspaceNode } from './emr-nodes';
import type { WorkspacesArgs } from './workspace.args';

/**
 * `Query.workspaces`: every selected instance's ListWorkspaces, one after another in config order,
 * forward only. `first: N` with no cursor on an instance holding N workspaces costs one call.
 * totalCount is lazy: it reuses the totals the page already read and spends one one-item
 * ListWorkspaces only on instances the page did not reach. ListWorkspaces cannot filter by id, so
 * for a tenant granted some workspaces only, the others are dropped here (full upstream pages, so a
 * short page of grants does not cost a call per ungranted workspace) and totalCount is null: the
 * upstream total counts workspaces the tenant must not learn of.
 */
export async function loadWorkspaceConnection(
  context: GatewayContext,
  args: WorkspacesArgs,
): Promise<ConnectionResult<WorkspaceNode>> {
  const request = toPageRequest(args, { backward: false });
  const instances = context.instances.select('EMR_SERVERLESS_SPARK', args.filter);
  const filter = toEmrWorkspaceFilter(args.filter);
  const scope = { instances: args.filter?.instances ?? null, regions: args.filter?.regions ?? null };
  const binding = cursorBinding(['workspaces', null, scope, filter]);
  const loadPage = (instanceId: string, nextToken: string | null, maxResults: number) =>
    context.loaders.emrServerlessSpark.workspacePages.load({
      instanceId,
      filter,
      page: { nextToken, maxResults },
    });
  const limited = context.tenant.grants.emrWorkspaces !== undefined;
  const sources: CountedSource<WorkspaceNode>[] = instances.map((instance) => ({
    key: instance.id,
    slice: (inner) =>
      sliceTokenPaged(
        async (token, size) => {
          // Deterministic in (token, size), as the slicer needs to resume inside a page.
          const maxResults = limited ? EMR_MAX_RESULTS : Math.min(size, EMR_MAX_RESULTS);
          const { items, nextToken, totalCount } = await loadPage(instance.id, token, maxResults);
          if (!limited) return { items: items.map(workspaceNode), nextToken, totalCount };
          const granted = items.filter((item) => mayReadEmrWorkspace(context.tenant, item.workspaceId));
          return { items: granted.map(workspaceNode), nextToken, totalCount: null };
        },
        inner,
        context.cursors,
        binding,
      ),
    count: async () => (await loadPage(instance.id, null, 1)).totalCount,
  }));
  const { page, totalCount } = await sliceConcatenatedCounted(sources, request, context.cursors, binding);
  return toConnectionResult(page, limited ? async () => null : totalCount);
}
