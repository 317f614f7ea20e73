// Wire DTOs of the job run operations of EMR Serverless Spark 2023-08-08 as the client reads them (the
// emulator declares its own, in emulators/emr-serverless-spark/*.wire.ts), named as the SDK models name them
// (../shared/specs/alibaba/emr-serverless-spark-2023-08-08.md); the ListWorkspaces ones are in
// emr-serverless-spark-workspace.dto.ts. lowerCamel JSON, epoch ms. Optional members are the ones the
// service may leave out (every SDK model member is optional; we keep ids, name, state and submitTime
// required because a run without them is not a run) — the mapper tolerates any of them missing.

// The documented states are the domain's: the schema filters on them too.
import type { JobRunState } from '../../domain/job-run-status';

/** `{key, value}` tag of a job run (and of the request filters `tags` / `tag`). */
export interface Tag {
  key: string;
  value: string;
}

/** `{code, message}` of the last state change. */
export interface StateChangeReason {
  code?: string;
  message?: string;
}

/** OSS paths of the driver logs. */
export interface RunLog {
  driverStdOut?: string;
  driverStdError?: string;
  driverSyslog?: string;
  driverStartup?: string;
}

/** spark-submit section of a JobDriver. */
export interface JobDriverSparkSubmit {
  entryPoint?: string;
  entryPointArguments?: string[];
  sparkSubmitParameters?: string;
}

/** The Spark driver spec. */
export interface JobDriver {
  sparkSubmit?: JobDriverSparkSubmit;
}

/** One Spark configuration item. */
export interface Configuration {
  configFileName?: string;
  configItemKey?: string;
  configItemValue?: string;
}

/** Advanced Spark configurations. */
export interface ConfigurationOverrides {
  configurations?: Configuration[];
}

/** Fields a ListJobRuns item and a GetJobRun `jobRun` share. */
interface JobRunCommon {
  workspaceId: string;
  jobRunId: string;
  name: string;
  /** A documented JobRunState; typed as string because new states may appear. */
  state: JobRunState | (string & {});
  stateChangeReason?: StateChangeReason;
  submitTime: number;
  /** Absent while the run has not ended. */
  endTime?: number;
  codeType?: 'SQL' | 'JAR' | 'PYTHON' | (string & {});
  webUI?: string;
  executionTimeoutSeconds?: number;
  tags?: Tag[];
  log?: RunLog;
  releaseVersion?: string;
  displayReleaseVersion?: string;
  fusion?: boolean;
  resourceQueueId?: string;
  /** SDK only (not on the doc page): run priority as a string, e.g. "5". */
  priority?: string;
  /** Documented as not returned by ListJobRuns; present on GetJobRun. */
  jobDriver?: JobDriver;
  /** Documented as not returned by ListJobRuns; present on GetJobRun. */
  configurationOverrides?: ConfigurationOverrides;
}

/** ListJobRuns item (`ListJobRunsResponseBodyJobRuns`). */
export interface JobRun extends JobRunCommon {
  /** UID of the submitter (GetJobRun calls it resourceOwnerId). */
  creator?: string;
  vcoreSeconds?: number;
  mbSeconds?: number;
  /** Estimated CU-hours, a float. */
  cuHours?: number;
}

/** GetJobRun `jobRun` (`GetJobRunResponseBodyJobRun`). */
export interface JobRunDetail extends JobRunCommon {
  environmentId?: string;
  notebookAccessUrl?: string;
  /** UID of the submitter (ListJobRuns calls it creator). */
  resourceOwnerId?: string;
}

/** `{startTime, endTime}` epoch-ms bounds of the ListJobRuns `startTime` / `endTime` filters (`ListJobRunsRequestStartTime`). */
export interface ListJobRunsRequestTimeRange {
  startTime?: number;
  endTime?: number;
}

/**
 * ListJobRuns query (`ListJobRunsRequest`, wire names). `tags`, `states`, `startTime` and `endTime` are
 * sent as one JSON-string value each; `applicationConfigs` / `runtimeConfigs` are JSON strings already.
 */
export interface ListJobRunsRequest {
  regionId: string;
  maxResults?: number;
  nextToken?: string;
  name?: string;
  creator?: string;
  jobRunId?: string;
  tags?: Tag[];
  states?: string[];
  startTime?: ListJobRunsRequestTimeRange;
  endTime?: ListJobRunsRequestTimeRange;
  resourceQueueId?: string;
  jobRunDeploymentId?: string;
  minDuration?: number;
  /** 'true' | 'false' as a string, as the API declares it. */
  isWorkflow?: string;
  /** JSON-array string of `{key, value}` Spark configurations. */
  applicationConfigs?: string;
  /** JSON-array string of `{key, value}` runtime configurations. */
  runtimeConfigs?: string;
  /** SDK only, undocumented: asks for per-state counts in `aggregations`. */
  groupByState?: boolean;
}

/** ListJobRuns response body; `aggregations` only when `groupByState=true`. */
export interface ListJobRunsResponseBody {
  jobRuns: JobRun[];
  requestId?: string;
  /** Absent (or empty) on the last page. */
  nextToken?: string;
  maxResults?: number;
  totalCount?: number;
  aggregations?: Record<string, string>;
}

/** GetJobRun response body. */
export interface GetJobRunResponseBody {
  jobRun: JobRunDetail;
  requestId?: string;
}
