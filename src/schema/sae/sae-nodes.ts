import type { EpochMillis } from '../../domain/instant';
import type { SaeJobExecution, SaeJobTemplate } from '../../domain/sae-job';
import { asNode, type AsNode } from '../node/as-node';

/** A domain object whose EpochMillis fields `K` are Dates, as GraphQLDateTime serializes them. */
type WithDates<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: Date | null };

/** What the SaeJobTemplate type reads. */
export type SaeJobTemplateNode = AsNode<WithDates<SaeJobTemplate, 'lastStartTime' | 'completionTime'>>;

/** What the SaeJobExecution type reads. */
export type SaeJobExecutionNode = AsNode<
  WithDates<SaeJobExecution, 'createdAt' | 'startedAt' | 'finishedAt'>
>;

const toDate = (ms: EpochMillis | null): Date | null => (ms === null ? null : new Date(ms));

/** A template as a Node: global id from its instance and AppId. */
export function saeJobTemplateNode(template: SaeJobTemplate): SaeJobTemplateNode {
  return asNode('SaeJobTemplate', template.instanceId, [template.appId], {
    ...template,
    lastStartTime: toDate(template.lastStartTime),
    completionTime: toDate(template.completionTime),
  });
}

/** An execution as a Node: global id from its instance, AppId and JobId. */
export function saeJobExecutionNode(execution: SaeJobExecution): SaeJobExecutionNode {
  return asNode('SaeJobExecution', execution.instanceId, [execution.appId, execution.jobId], {
    ...execution,
    // SAE does not say who started an execution; the Job interface's creator stays null.
    creator: null,
    createdAt: toDate(execution.createdAt),
    startedAt: toDate(execution.startedAt),
    finishedAt: toDate(execution.finishedAt),
  });
}
