import { toGlobalId } from '../domain/global-id';
import type { GravitinoJob } from '../domain/gravitino-job';
import type { JobRun } from '../domain/job-run';
import type { PaiJob } from '../domain/pai-job';
import type { SaeJobExecution } from '../domain/sae-job';
import type { MergeItem } from '../pagination/merge';

/** A job as `jobs` lists it: the domain object of whichever provider ran it (`provider` tells which). */
export type ListedJob = JobRun | PaiJob | SaeJobExecution | GravitinoJob;

/** A listed job in the merge: its createdAt, and the global id that breaks ties. */
export type JobItem = MergeItem<ListedJob>;

/**
 * The global id the schema serves the job under. The merge breaks ties with it and cursors keep it,
 * so it must be the node's own id (a test checks each provider's against the schema's mapping).
 */
export function listedJobId(job: ListedJob): string {
  switch (job.provider) {
    case 'EMR_SERVERLESS_SPARK':
      return toGlobalId('JobRun', job.instanceId, [job.workspaceId, job.jobRunId]);
    case 'PAI_DLC':
      return toGlobalId('PaiJob', job.instanceId, [job.jobId]);
    case 'SAE':
      return toGlobalId('SaeJobExecution', job.instanceId, [job.appId, job.jobId]);
    case 'GRAVITINO':
      return toGlobalId('GravitinoJob', job.instanceId, [job.metalake, job.jobId]);
  }
}

/** A job as the merge carries it. */
export function jobItem(job: ListedJob): JobItem {
  return { createdAt: job.createdAt, id: listedJobId(job), value: job };
}
