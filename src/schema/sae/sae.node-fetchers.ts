import { mayReadSaeNamespace } from '../../domain/tenant-grants';
import type { NodeFetchers } from '../node/node-fetcher';
import { saeJobExecutionNode, saeJobTemplateNode } from './sae-nodes';

/**
 * How `node(id:)` refetches SAE objects. Loads start synchronously, so every template lookup of a
 * `nodes(ids:)` call lands in one provider lookup per instance: one ListJobs (FieldType=appIds) per
 * distinct AppId, or batched where the instance batches lookups. A template
 * (and so each of its executions) in a namespace the tenant is not granted is null, like a missing one.
 */
export const SAE_NODE_FETCHERS: NodeFetchers = {
  async SaeJobTemplate(context, instanceId, [appId = '']) {
    context.instances.require('SAE', instanceId);
    const template = await context.loaders.sae.templatesById.load({ instanceId, appId });
    return template === null || !mayReadSaeNamespace(context.tenant, template.namespaceId)
      ? null
      : saeJobTemplateNode(template);
  },
  async SaeJobExecution(context, instanceId, [appId = '', jobId = '']) {
    context.instances.require('SAE', instanceId);
    const execution = await context.loaders.sae.execution({ instanceId, appId, jobId });
    if (execution === null) return null;
    // The execution was named after its template, so the template is already loaded: no call.
    const template = await context.loaders.sae.templatesById.load({ instanceId, appId });
    return template === null || !mayReadSaeNamespace(context.tenant, template.namespaceId)
      ? null
      : saeJobExecutionNode(execution);
  },
};
