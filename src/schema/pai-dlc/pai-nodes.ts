import type { EpochMillis } from '../../domain/instant';
import type { PaiDataSource, PaiJob, PaiRestartRecord, Pod, StatusTransition } from '../../domain/pai-job';
import { asNode, type AsNode } from '../node/as-node';

/** A domain object whose EpochMillis fields `K` are Dates, as GraphQLDateTime serializes them. */
type WithDates<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: Date | null };

type JobTime =
  | 'createdAt'
  | 'startedAt'
  | 'finishedAt'
  | 'gmtCreateTime'
  | 'gmtSubmittedTime'
  | 'gmtRunningTime'
  | 'gmtSuccessedTime'
  | 'gmtFailedTime'
  | 'gmtStoppedTime'
  | 'gmtFinishTime'
  | 'gmtModifiedTime';

/** What PaiStatusTransition reads. */
export type PaiStatusTransitionNode = WithDates<StatusTransition, 'startTime' | 'endTime'>;

/** What PaiRestartRecord reads. */
export type PaiRestartRecordNode = WithDates<PaiRestartRecord, 'occurTime'>;

/** What PaiDataSource reads: the source plus its job, so `uri` can be looked up with GetJob. */
export type PaiDataSourceNode = PaiDataSource & { readonly instanceId: string; readonly jobId: string };

/** What the Pod type reads: the pod, its job (already loaded) and its earlier incarnations as pods too. */
export type PodNode = AsNode<
  WithDates<Omit<Pod, 'history'>, 'gmtCreateTime' | 'gmtStartTime' | 'gmtFinishTime'> & {
    readonly instance: string;
    readonly instanceId: string;
    readonly jobId: string;
    readonly job: PaiJobNode;
    readonly history: readonly PodNode[];
  }
>;

/** What the PaiJob type reads: the domain job (always a ListJobs item here) with Dates and linked pods. */
export type PaiJobNode = AsNode<
  WithDates<Omit<PaiJob, 'pods' | 'statusHistory' | 'dataSources'>, JobTime> & {
    readonly instance: string;
    readonly creator: string | null;
    readonly pods: readonly PodNode[];
    readonly statusHistory: readonly PaiStatusTransitionNode[];
    readonly dataSources: readonly PaiDataSourceNode[];
  }
>;

/** Epoch ms → Date; null stays null. */
export const toDate = (ms: EpochMillis | null): Date | null => (ms === null ? null : new Date(ms));

/** The keys of a Pod's global id: its job, its PodId, and its PodUid ('' when absent), since history entries share a PodId. */
export const podKeys = (jobId: string, pod: Pick<Pod, 'podId' | 'podUid'>): string[] => [
  jobId,
  pod.podId,
  pod.podUid ?? '',
];

/** A pod (current or earlier incarnation) of `job` as a Node. */
export function podNode(pod: Pod, job: PaiJobNode): PodNode {
  return asNode('Pod', job.instanceId, podKeys(job.jobId, pod), {
    ...pod,
    instance: job.instanceId,
    instanceId: job.instanceId,
    jobId: job.jobId,
    job,
    gmtCreateTime: toDate(pod.gmtCreateTime),
    gmtStartTime: toDate(pod.gmtStartTime),
    gmtFinishTime: toDate(pod.gmtFinishTime),
    history: pod.history.map((old) => podNode(old, job)),
  });
}

/** A restart record with its time as a Date. */
export function restartRecordNode(record: PaiRestartRecord): PaiRestartRecordNode {
  return { ...record, occurTime: toDate(record.occurTime) };
}

/** A job as a Node: global id from its instance and JobId; its pods link back to it. */
export function paiJobNode(job: PaiJob): PaiJobNode {
  const pods: PodNode[] = [];
  const node: PaiJobNode = asNode('PaiJob', job.instanceId, [job.jobId], {
    ...job,
    instance: job.instanceId,
    // The submitter's name when ListJobs sends it, else the owner's UID.
    creator: job.username ?? job.userId,
    createdAt: toDate(job.createdAt),
    startedAt: toDate(job.startedAt),
    finishedAt: toDate(job.finishedAt),
    gmtCreateTime: toDate(job.gmtCreateTime),
    gmtSubmittedTime: toDate(job.gmtSubmittedTime),
    gmtRunningTime: toDate(job.gmtRunningTime),
    gmtSuccessedTime: toDate(job.gmtSuccessedTime),
    gmtFailedTime: toDate(job.gmtFailedTime),
    gmtStoppedTime: toDate(job.gmtStoppedTime),
    gmtFinishTime: toDate(job.gmtFinishTime),
    gmtModifiedTime: toDate(job.gmtModifiedTime),
    statusHistory: job.statusHistory.map((step) => ({
      ...step,
      startTime: toDate(step.startTime),
      endTime: toDate(step.endTime),
    })),
    dataSources: job.dataSources.map((source) => ({
      ...source,
      instanceId: job.instanceId,
      jobId: job.jobId,
    })),
    pods,
  });
  // Filled after the node exists, so every pod can point back at the very same job object.
  pods.push(...job.pods.map((pod) => podNode(pod, node)));
  return node;
}
