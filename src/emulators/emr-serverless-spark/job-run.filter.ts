// The ListJobRuns filter: its normalized form (equal filters share one memo entry and one
// page-token scope; list-job-runs.query.ts reads it) and the test of a run against it.
import type { JobRunRow, SparkJob } from './emr-serverless-spark.model';
import { runDurationMs } from './emr-serverless-spark.model';
import { hasApplicationConfigs, hasRuntimeConfigs } from './job-config.filter';
import type { TagCondition, TimeRange } from './param-reader.query';

/** A normalized ListJobRuns filter; absent fields do not filter. */
export interface JobRunFilter {
  /** Lower-cased; matched as a case-insensitive substring of the job name. */
  readonly name?: string;
  readonly creator?: string;
  readonly jobRunId?: string;
  /** All must match a tag of the run. */
  readonly tags?: readonly TagCondition[];
  /** Sorted, de-duplicated; unknown state names simply match nothing. */
  readonly states?: readonly string[];
  /** Applies to submitTime. */
  readonly startTime?: TimeRange;
  /** Applies to endTime; runs that have not ended never match it. */
  readonly endTime?: TimeRange;
  readonly resourceQueueId?: string;
  readonly jobRunDeploymentId?: string;
  /** Minimum duration in ms (until now for runs still going). */
  readonly minDuration?: number;
  readonly isWorkflow?: boolean;
  /** Spark configurations the run must all have (job-config.filter.ts says which count). */
  readonly applicationConfigs?: readonly TagCondition[];
  /** Runtime configurations the run must all have (its main class). */
  readonly runtimeConfigs?: readonly TagCondition[];
}

/** A canonical string of the filter: equal filters give equal keys (readJobRunFilter builds keys in a fixed order). */
export function jobRunFilterKey(filter: JobRunFilter): string {
  return JSON.stringify(filter);
}

/** True when the filter has no condition at all. */
export function isEmptyFilter(filter: JobRunFilter): boolean {
  return Object.keys(filter).length === 0;
}

function inRange(value: number, range: TimeRange): boolean {
  return (range.from === undefined || value >= range.from) && (range.to === undefined || value <= range.to);
}

function hasTag(job: SparkJob, condition: TagCondition): boolean {
  return job.tags.some(
    (tag) => tag.key === condition.key && (condition.value === undefined || tag.value === condition.value),
  );
}

/** Whether one run passes the filter. */
export function matchesJobRun(
  run: JobRunRow,
  job: SparkJob,
  filter: JobRunFilter,
  referenceTime: number,
): boolean {
  if (filter.jobRunId !== undefined && run.jobRunId !== filter.jobRunId) return false;
  if (filter.states && !filter.states.includes(run.state)) return false;
  if (filter.name !== undefined && !job.name.toLowerCase().includes(filter.name)) return false;
  if (filter.creator !== undefined && job.creator !== filter.creator) return false;
  if (filter.resourceQueueId !== undefined && job.resourceQueueId !== filter.resourceQueueId) return false;
  if (filter.jobRunDeploymentId !== undefined && job.deploymentId !== filter.jobRunDeploymentId) return false;
  if (filter.isWorkflow !== undefined && (job.workflowId !== null) !== filter.isWorkflow) return false;
  if (filter.startTime && !inRange(run.submitTime, filter.startTime)) return false;
  if (filter.endTime && (run.endTime === 0 || !inRange(run.endTime, filter.endTime))) return false;
  if (filter.minDuration !== undefined && runDurationMs(run, referenceTime) < filter.minDuration)
    return false;
  if (filter.tags && !filter.tags.every((condition) => hasTag(job, condition))) return false;
  if (filter.applicationConfigs && !hasApplicationConfigs(job, filter.applicationConfigs)) return false;
  if (filter.runtimeConfigs && !hasRuntimeConfigs(job, filter.runtimeConfigs)) return false;
  return true;
}
