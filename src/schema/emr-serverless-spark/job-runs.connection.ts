import { mayReadEmrWorkspace } from '../../domain/tenant-grants';
import { EMR_MAX_RESULTS } from '../../domain/upstream-page-limits';
import { connectionOf } from '../../pagination/connection';
import { toPageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceTokenPaged } from '../../pagination/token-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { toEmrJobRunFilter } from './job-run.filter';
import { jobRunNode, type JobRunNode, type WorkspaceNode } from './emr-nodes';
import type { JobRunsArgs } from './job-run.args';

/**
 * `Workspace.jobRuns`: the workspace's ListJobRuns, forward only. `first: N` (N ≤ 100) with no
 * cursor is one call. Every Workspace a request holds came through the workspace loader (listings
 * prime it, node(id) loads through it), so `JobRun.workspace` of these runs costs nothing.
 */
export async function loadJobRunConnection(
  context: GatewayContext,
  workspace: WorkspaceNode,
  args: JobRunsArgs,
): Promise<ConnectionResult<JobRunNode>> {
  const request = toPageRequest(args, { backward: false });
  const filter = toEmrJobRunFilter(args.filter);
  const binding = cursorBinding(['Workspace.jobRuns', workspace.id, filter]);
  const loaders = context.loaders.emrServerlessSpark;
  const { instanceId, workspaceId } = workspace;
  // Parents are checked before their runs are listed; the grant check here is defence in depth.
  if (filter === null || !mayReadEmrWorkspace(context.tenant, workspaceId)) {
    // No documented state can match (states and statuses that do not meet): answer without a
    // call, but still refuse a cursor that was not issued for this list.
    const after = request.direction === 'forward' ? request.after : null;
    if (after !== null) context.cursors.decode(after, binding, 'after');
    return toConnectionResult(connectionOf([], { hasNextPage: false, hasPreviousPage: after !== null }, 0));
  }
  const page = await sliceTokenPaged(
    async (nextToken, size) => {
      const key = {
        instanceId,
        workspaceId,
        filter,
        page: { nextToken, maxResults: Math.min(size, EMR_MAX_RESULTS) },
      };
      const { items, totalCount, nextToken: next } = await loaders.jobRunPages.load(key);
      return { items: items.map(jobRunNode), nextToken: next, totalCount };
    },
    request,
    context.cursors,
    binding,
  );
  return toConnectionResult(page);
}
