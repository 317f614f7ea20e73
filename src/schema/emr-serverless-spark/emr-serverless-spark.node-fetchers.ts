import { mayReadEmrWorkspace } from '../../domain/tenant-grants';
import type { NodeFetchers } from '../node/node-fetcher';
import { jobRunNode, workspaceNode } from './emr-nodes';

/**
 * How `node(id:)` refetches EMR objects. Loads start synchronously, so every Workspace lookup of a
 * `nodes(ids:)` call (and every `workspace` of refetched runs) lands in one batch: one ListWorkspaces
 * scan per region. A JobRun is one GetJobRun each (EMR has no batch read), deduped. Both ids name
 * their workspace, so one outside the tenant's grant is null (NOT_FOUND) before any call.
 */
export const EMR_SERVERLESS_SPARK_NODE_FETCHERS: NodeFetchers = {
  async Workspace(context, instanceId, [workspaceId = '']) {
    context.instances.require('EMR_SERVERLESS_SPARK', instanceId);
    if (!mayReadEmrWorkspace(context.tenant, workspaceId)) return null;
    const workspace = await context.loaders.emrServerlessSpark.workspacesById.load({
      instanceId,
      workspaceId,
    });
    return workspace === null ? null : workspaceNode(workspace);
  },
  async JobRun(context, instanceId, [workspaceId = '', jobRunId = '']) {
    context.instances.require('EMR_SERVERLESS_SPARK', instanceId);
    if (!mayReadEmrWorkspace(context.tenant, workspaceId)) return null;
    const run = await context.loaders.emrServerlessSpark.jobRunDetails.load({
      instanceId,
      workspaceId,
      jobRunId,
    });
    return run === null ? null : jobRunNode(run);
  },
};
