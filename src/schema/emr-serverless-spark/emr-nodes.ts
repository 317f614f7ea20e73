import type { EpochMillis } from '../../domain/instant';
import type { JobRun } from '../../domain/job-run';
import type { Workspace, WorkspacePrePaidQuota, WorkspacePrePaidQuotaGpu } from '../../domain/workspace';
import { asNode, type AsNode } from '../node/as-node';

/** A domain object whose EpochMillis fields `K` are Dates, as GraphQLDateTime serializes them. */
type WithDates<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: Date | null };

type QuotaNode = WithDates<WorkspacePrePaidQuota, 'createTime' | 'expireTime'>;
type QuotaGpuNode = WithDates<WorkspacePrePaidQuotaGpu, 'createTime' | 'expireTime'>;

/** What the Workspace type reads. */
export type WorkspaceNode = AsNode<
  Omit<WithDates<Workspace, 'createTime' | 'endTime'>, 'prePaidQuota' | 'prePaidQuotaGpu'> & {
    readonly instance: string;
    readonly prePaidQuota: QuotaNode | null;
    readonly prePaidQuotaGpu: readonly QuotaGpuNode[];
  }
>;

/**
 * What the JobRun type reads: the domain run (its `origin` tells the resolver which operation's
 * fields it holds) with Dates, plus the wire-named submitTime/endTime.
 */
export type JobRunNode = AsNode<
  WithDates<JobRun, 'createdAt' | 'startedAt' | 'finishedAt'> & {
    readonly instance: string;
    readonly submitTime: Date | null;
    readonly endTime: Date | null;
  }
>;

const toDate = (ms: EpochMillis | null): Date | null => (ms === null ? null : new Date(ms));

function withQuotaDates<T extends { createTime: EpochMillis | null; expireTime: EpochMillis | null }>(
  quota: T,
): Omit<T, 'createTime' | 'expireTime'> & { createTime: Date | null; expireTime: Date | null } {
  return { ...quota, createTime: toDate(quota.createTime), expireTime: toDate(quota.expireTime) };
}

/** A workspace as a Node: global id from its instance and workspaceId. */
export function workspaceNode(workspace: Workspace): WorkspaceNode {
  return asNode('Workspace', workspace.instanceId, [workspace.workspaceId], {
    ...workspace,
    instance: workspace.instanceId,
    createTime: toDate(workspace.createTime),
    endTime: toDate(workspace.endTime),
    prePaidQuota: workspace.prePaidQuota && withQuotaDates(workspace.prePaidQuota),
    prePaidQuotaGpu: workspace.prePaidQuotaGpu.map(withQuotaDates),
  });
}

/** A job run as a Node: global id from its instance, workspaceId and jobRunId. */
export function jobRunNode(run: JobRun): JobRunNode {
  return asNode('JobRun', run.instanceId, [run.workspaceId, run.jobRunId], {
    ...run,
    instance: run.instanceId,
    createdAt: toDate(run.createdAt),
    startedAt: toDate(run.startedAt),
    finishedAt: toDate(run.finishedAt),
    submitTime: toDate(run.createdAt),
    endTime: toDate(run.finishedAt),
  });
}
