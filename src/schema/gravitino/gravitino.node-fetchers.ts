import { requireGravitinoScope } from '../../loaders/gravitino-scope';
import type { NodeFetchers } from '../node/node-fetcher';
import { toGravitinoJobNode, toGravitinoJobTemplateNode } from './gravitino-nodes';

/**
 * node(id:) for Gravitino: keys are [metalake, jobId] and [metalake, name]. Loads go through the
 * per-metalake batching loaders, so `nodes` over many ids of one metalake is one list call. An id
 * naming an unconfigured instance or metalake is BAD_USER_INPUT (never queried).
 */
export const GRAVITINO_NODE_FETCHERS: NodeFetchers = {
  GravitinoJob: (context, instanceId, [metalake = '', jobId = '']) => {
    requireGravitinoScope(context.providers.gravitino, { instanceId, metalake });
    return context.loaders.gravitino.jobs
      .load({ instanceId, metalake, jobId })
      .then((job) => job && toGravitinoJobNode(job));
  },
  GravitinoJobTemplate: (context, instanceId, [metalake = '', name = '']) => {
    requireGravitinoScope(context.providers.gravitino, { instanceId, metalake });
    return context.loaders.gravitino.templates
      .load({ instanceId, metalake, name })
      .then((template) => template && toGravitinoJobTemplateNode(template));
  },
};
