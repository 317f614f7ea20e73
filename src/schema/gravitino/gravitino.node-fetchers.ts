import type { NodeFetchers } from '../node/node-fetcher';
import { gravitinoJobNode, gravitinoJobTemplateNode, gravitinoMetalakeNode } from './gravitino-nodes';

/**
 * node(id:) for Gravitino: keys are [metalake, jobId], [metalake, name] and, for a metalake, [name].
 * Loads go through the batching loaders, so `nodes` over many ids of one metalake is one list call,
 * and over many metalakes of one server one listMetalakes. A job or template id naming an
 * unconfigured instance or metalake is BAD_USER_INPUT (never queried); a metalake id is the
 * metalake itself, so one not configured (or not granted) on a configured instance is null
 * (NOT_FOUND), the same as one its server does not have.
 */
export const GRAVITINO_NODE_FETCHERS: NodeFetchers = {
  GravitinoJob: (context, instanceId, [metalake = '', jobId = '']) => {
    context.instances.requireGravitinoScope({ instanceId, metalake });
    return context.loaders.gravitino.jobs
      .load({ instanceId, metalake, jobId })
      .then((job) => job && gravitinoJobNode(job));
  },
  GravitinoJobTemplate: (context, instanceId, [metalake = '', name = '']) => {
    context.instances.requireGravitinoScope({ instanceId, metalake });
    return context.loaders.gravitino.templates
      .load({ instanceId, metalake, name })
      .then((template) => template && gravitinoJobTemplateNode(template));
  },
  GravitinoMetalake: (context, instanceId, [name = '']) => {
    context.instances.require('GRAVITINO', instanceId);
    return context.loaders.gravitino.metalakes
      .load({ instanceId, name })
      .then((metalake) => metalake && gravitinoMetalakeNode(metalake));
  },
};
