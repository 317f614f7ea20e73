import type { JobRun } from '../../domain/job-run';
import type { EmrJobRunKey } from '../../loaders/emr-serverless-spark.loaders';
import type { GatewayContext } from '../gateway-context';
import type { JobRunNode } from './emr-nodes';

/** Fields only GetJobRun returns. */
export type DetailField = 'jobDriver' | 'configurationOverrides' | 'environmentId' | 'notebookAccessUrl';
/** Fields only ListJobRuns returns (usage metrics). */
export type ListedField = 'vcoreSeconds' | 'mbSeconds' | 'cuHours';

function keyOf(run: JobRunNode): EmrJobRunKey {
  return { instanceId: run.instanceId, workspaceId: run.workspaceId, jobRunId: run.jobRunId };
}

/**
 * A field only GetJobRun returns. A run read by GetJobRun has it already; a listed run costs one
 * GetJobRun, made only because the client selected such a field, and shared (deduped) by every
 * detail field of that run in the request.
 */
export async function detailField<F extends DetailField>(
  context: GatewayContext,
  run: JobRunNode,
  field: F,
): Promise<JobRun[F] | null> {
  if (run.origin === 'GetJobRun') return run[field];
  const detail = await context.loaders.emrServerlessSpark.jobRunDetails.load(keyOf(run));
  return detail?.[field] ?? null;
}

/**
 * A usage metric only ListJobRuns returns. A listed run has it already; a run read by GetJobRun
 * (node refetch) costs one ListJobRuns filtered by its jobRunId, shared by the three metrics.
 */
export async function listedField<F extends ListedField>(
  context: GatewayContext,
  run: JobRunNode,
  field: F,
): Promise<JobRun[F] | null> {
  if (run.origin === 'ListJobRuns') return run[field];
  const listed = await context.loaders.emrServerlessSpark.listedJobRuns.load(keyOf(run));
  return listed?.[field] ?? null;
}
