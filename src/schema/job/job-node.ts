import type { ListedJob } from '../../jobs/listed-job';
import { jobRunNode } from '../emr-serverless-spark/emr-nodes';
import { gravitinoJobNode } from '../gravitino/gravitino-nodes';
import { paiJobNode } from '../pai-dlc/pai-nodes';
import { saeJobExecutionNode } from '../sae/sae-nodes';

/** A listed job as the node its provider's GraphQL type reads (a `Job`). */
export function toJobNode(job: ListedJob): object {
  switch (job.provider) {
    case 'EMR_SERVERLESS_SPARK':
      return jobRunNode(job);
    case 'PAI_DLC':
      return paiJobNode(job);
    case 'SAE':
      return saeJobExecutionNode(job);
    case 'GRAVITINO':
      return gravitinoJobNode(job);
  }
}
