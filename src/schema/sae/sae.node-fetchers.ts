import { BadUserInputError } from '../../errors/bad-user-input.error';
import { findInstance } from '../../providers/provider-registry';
import type { GatewayContext } from '../gateway-context';
import type { NodeFetchers } from '../node/node-fetcher';
import { saeJobExecutionNode, saeJobTemplateNode } from './sae-nodes';

/** The instance a global id names; an id naming an instance we do not have is not ours. */
function requireInstance(context: GatewayContext, instanceId: string): void {
  if (!findInstance(context.providers.sae, instanceId)) {
    throw new BadUserInputError(
      'The id is not a jobgraph id: it names an SAE instance that is not configured.',
      { argument: 'id' },
    );
  }
}

/**
 * How `node(id:)` refetches SAE objects. Loads start synchronously, so every template lookup of a
 * `nodes(ids:)` call lands in one batch: one ListJobs (FieldType=appIds) per instance.
 */
export const SAE_NODE_FETCHERS: NodeFetchers = {
  async SaeJobTemplate(context, instanceId, [appId = '']) {
    requireInstance(context, instanceId);
    const template = await context.loaders.sae.templatesById.load({ instanceId, appId });
    return template === null ? null : saeJobTemplateNode(template);
  },
  async SaeJobExecution(context, instanceId, [appId = '', jobId = '']) {
    requireInstance(context, instanceId);
    const execution = await context.loaders.sae.execution({ instanceId, appId, jobId });
    return execution === null ? null : saeJobExecutionNode(execution);
  },
};
