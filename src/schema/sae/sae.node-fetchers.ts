import { requireInstance } from '../common/instances';
import type { NodeFetchers } from '../node/node-fetcher';
import { saeJobExecutionNode, saeJobTemplateNode } from './sae-nodes';

/**
 * How `node(id:)` refetches SAE objects. Loads start synchronously, so every template lookup of a
 * `nodes(ids:)` call lands in one batch: one ListJobs (FieldType=appIds) per instance.
 */
export const SAE_NODE_FETCHERS: NodeFetchers = {
  async SaeJobTemplate(context, instanceId, [appId = '']) {
    requireInstance(context.providers.sae, instanceId, 'SAE');
    const template = await context.loaders.sae.templatesById.load({ instanceId, appId });
    return template === null ? null : saeJobTemplateNode(template);
  },
  async SaeJobExecution(context, instanceId, [appId = '', jobId = '']) {
    requireInstance(context.providers.sae, instanceId, 'SAE');
    const execution = await context.loaders.sae.execution({ instanceId, appId, jobId });
    return execution === null ? null : saeJobExecutionNode(execution);
  },
};
