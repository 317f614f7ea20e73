// Wire DTOs of the job run operations of EMR Serverless Spark 2023-08-08, named as the SDK models name
// them; the ListWorkspaces ones are in workspace.wire.ts.
// (see ../shared/specs/alibaba/emr-serverless-spark-2023-08-08.md). lowerCamel JSON, epoch ms.

/** Job run states as documented on the ListJobRuns page. */
export const JOB_RUN_STATES = [
  'Submitted',
  'Pending',
  'Running',
  'Success',
  'Failed',
  'Cancelling',
  'Cancelled',
  'CancelFailed',
] as const;

/** One job run state. */
export type JobRunState = (typeof JOB_RUN_STATES)[number];

/** `{key, value}` tag of a job run (and of the request filters `tags` / `tag`). */
export interface Tag {
  key: string;
  value: string;
}

/** `{code, message}` of the last state change. */
export interface StateChangeReason {
  code: string;
  message: string;
}

/** OSS paths of the driver logs. */
export interface RunLog {
  driverStdOut: string;
  driverStdError: string;
  driverSyslog: string;
  driverStartup: string;
}

/** spark-submit section of a JobDriver. */
export interface JobDriverSparkSubmit {
  entryPoint: string;
  entryPointArguments: string[];
  sparkSubmitParameters: string;
}

/** The Spark driver spec. */
export interface JobDriver {
  sparkSubmit: JobDriverSparkSubmit;
}

/** One Spark configuration item. */
export interface Configuration {
  configFileName: string;
  configItemKey: string;
  configItemValue: string;
}

/** Advanced Spark configurations. */
export interface ConfigurationOverrides {
  configurations: Configuration[];
}

/** Fields a ListJobRuns item and a GetJobRun `jobRun` share. */
interface JobRunCommon {
  workspaceId: string;
  jobRunId: string;
  name: string;
  state: JobRunState;
  stateChangeReason: StateChangeReason;
  submitTime: number;
  /** Absent while the run has not ended. */
  endTime?: number;
  codeType: 'SQL' | 'JAR' | 'PYTHON';
  webUI: string;
  executionTimeoutSeconds: number;
  tags: Tag[];
  log: RunLog;
  releaseVersion: string;
  displayReleaseVersion: string;
  fusion: boolean;
  resourceQueueId: string;
  priority: string;
}

/** ListJobRuns item (`ListJobRunsResponseBodyJobRuns`); jobDriver/configurationOverrides are not returned by List. */
export interface JobRun extends JobRunCommon {
  creator: string;
  vcoreSeconds: number;
  mbSeconds: number;
  cuHours: number;
}

/** GetJobRun `jobRun` (`GetJobRunResponseBodyJobRun`). */
export interface JobRunDetail extends JobRunCommon {
  environmentId: string;
  notebookAccessUrl: string;
  resourceOwnerId: string;
  jobDriver: JobDriver;
  configurationOverrides: ConfigurationOverrides;
}

/** ListJobRuns response body; `aggregations` only when `groupByState=true`. */
export interface ListJobRunsResponseBody {
  jobRuns: JobRun[];
  requestId: string;
  /** Absent on the last page. */
  nextToken?: string;
  maxResults: number;
  totalCount: number;
  aggregations?: Record<string, string>;
}

/** GetJobRun response body. */
export interface GetJobRunResponseBody {
  jobRun: JobRunDetail;
  requestId: string;
}
