import type { PaiJob, Pod } from '../../domain/pai-job';
import { mayReadPaiWorkspace } from '../../domain/tenant-grants';
import type { GatewayContext } from '../gateway-context';
import type { NodeFetchers } from '../node/node-fetcher';
import { paiJobNode, podNode } from './pai-nodes';

/**
 * A job by id, or null when it does not exist or lives in a PAI workspace the tenant is not granted
 * (an id does not name the workspace, so the job is read first; its pods go with it).
 */
async function grantedJob(
  context: GatewayContext,
  instanceId: string,
  jobId: string,
): Promise<PaiJob | null> {
  context.instances.require('PAI_DLC', instanceId);
  const job = await context.loaders.paiDlc.jobsById.load({ instanceId, jobId });
  return job !== null && mayReadPaiWorkspace(context.tenant, job.workspaceId) ? job : null;
}

/**
 * How `node(id:)` refetches PAI-DLC objects. Loads start synchronously, so every job lookup of a
 * `nodes(ids:)` call lands in one batch: one ListJobs (JobIds) per instance and per 100 ids. A pod
 * is found in its job's ListJobs item (current pods first, then their earlier incarnations).
 */
export const PAI_DLC_NODE_FETCHERS: NodeFetchers = {
  async PaiJob(context, instanceId, [jobId = '']) {
    const job = await grantedJob(context, instanceId, jobId);
    return job === null ? null : paiJobNode(job);
  },
  async Pod(context, instanceId, [jobId = '', podId = '', podUid = '']) {
    const job = await grantedJob(context, instanceId, jobId);
    if (job === null) return null;
    const same = (pod: Pod) => pod.podId === podId && (pod.podUid ?? '') === podUid;
    const pod = job.pods.find(same) ?? job.pods.flatMap((current) => current.history).find(same);
    return pod === undefined ? null : podNode(pod, paiJobNode(job));
  },
};
