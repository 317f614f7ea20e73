import type { SaeJobExecution, SaeJobTemplate } from '../../domain/sae-job';
import { asNode, type AsNode } from '../node/as-node';

/** What the SaeJobTemplate type reads: the domain template, served as is. */
export type SaeJobTemplateNode = AsNode<SaeJobTemplate>;

/** What the SaeJobExecution type reads: the domain execution, served as is. */
export type SaeJobExecutionNode = AsNode<SaeJobExecution>;

/** A template as a Node: global id from its instance and AppId. */
export function saeJobTemplateNode(template: SaeJobTemplate): SaeJobTemplateNode {
  return asNode('SaeJobTemplate', template.instanceId, [template.appId], template);
}

/** An execution as a Node: global id from its instance, AppId and JobId. */
export function saeJobExecutionNode(execution: SaeJobExecution): SaeJobExecutionNode {
  return asNode('SaeJobExecution', execution.instanceId, [execution.appId, execution.jobId], execution);
}
