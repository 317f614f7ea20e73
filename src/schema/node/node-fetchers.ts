import type { NodeType } from '../../domain/global-id';
import { EMR_SERVERLESS_SPARK_NODE_FETCHERS } from '../emr-serverless-spark/emr-serverless-spark.node-fetchers';
import { GRAVITINO_NODE_FETCHERS } from '../gravitino/gravitino.node-fetchers';
import { PAI_DLC_NODE_FETCHERS } from '../pai-dlc/pai-dlc.node-fetchers';
import { SAE_NODE_FETCHERS } from '../sae/sae.node-fetchers';
import type { NodeFetcher } from './node-fetcher';

/** How `node(id:)` refetches each Node type, contributed by each provider's schema folder. */
export const NODE_FETCHERS: Partial<Record<NodeType, NodeFetcher>> = {
  ...EMR_SERVERLESS_SPARK_NODE_FETCHERS,
  ...PAI_DLC_NODE_FETCHERS,
  ...SAE_NODE_FETCHERS,
  ...GRAVITINO_NODE_FETCHERS,
};
