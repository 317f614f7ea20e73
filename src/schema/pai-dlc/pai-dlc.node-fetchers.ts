import type { NodeFetchers } from '../node/node-fetcher';
import { requireInstance } from '../common/instances';
import { paiJobNode, type PodNode } from './pai-nodes';

/**
 * How `node(id:)` refetches PAI-DLC objects. Loads start synchronously, so every job lookup of a
 * `nodes(ids:)` call lands in one batch: one ListJobs (JobIds) per instance and per 100 ids. A pod
 * is found in its job's ListJobs item (current pods first, then their earlier incarnations).
 */
export const PAI_DLC_NODE_FETCHERS: NodeFetchers = {
  async PaiJob(context, instanceId, [jobId = '']) {
    requireInstance(context.providers.paiDlc, instanceId, 'PAI-DLC');
    const job = await context.loaders.paiDlc.jobsById.load({ instanceId, jobId });
    return job === null ? null : paiJobNode(job);
  },
  async Pod(context, instanceId, [jobId = '', podId = '', podUid = '']) {
    requireInstance(context.providers.paiDlc, instanceId, 'PAI-DLC');
    const job = await context.loaders.paiDlc.jobsById.load({ instanceId, jobId });
    if (job === null) return null;
    const same = (pod: PodNode) => pod.podId === podId && (pod.podUid ?? '') === podUid;
    const pods = paiJobNode(job).pods;
    return pods.find(same) ?? pods.flatMap((pod) => pod.history).find(same) ?? null;
  },
};
