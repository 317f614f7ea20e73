import type { PaiDataSource, PaiJob, Pod } from '../../domain/pai-job';
import { asNode, type AsNode } from '../node/as-node';

/** What the PaiJob type reads: the domain job, served as is. */
export type PaiJobNode = AsNode<PaiJob>;

/** The job a pod or data source belongs to: `Pod.job`, and where GetJob-only fields are looked up. */
export interface OfPaiJob {
  readonly job: PaiJobNode;
}

/** What the Pod type reads: the domain pod (current or an earlier incarnation) and its job. */
export type PodNode = AsNode<Pod & OfPaiJob>;

/** What PaiDataSource reads: the domain source and its job, so `uri` can be looked up with GetJob. */
export type PaiDataSourceOfJob = PaiDataSource & OfPaiJob;

/** A job as a Node: global id from its instance and JobId. */
export function paiJobNode(job: PaiJob): PaiJobNode {
  return asNode('PaiJob', job.instanceId, [job.jobId], job);
}

/**
 * A pod (current or earlier incarnation) of `job` as a Node: global id from its job, its PodId and
 * its PodUid ('' when absent), since earlier incarnations share the PodId.
 */
export function podNode(pod: Pod, job: PaiJobNode): PodNode {
  return asNode('Pod', job.instanceId, [job.jobId, pod.podId, pod.podUid ?? ''], { ...pod, job });
}
