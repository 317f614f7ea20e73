// Wire types of the EMR Serverless Spark 2023-08-08 job run operations (ListJobRuns, GetJobRun) as the
// emulator writes them, named as the SDK models name them and written from the field tables
// (../shared/specs/alibaba/emr-serverless-spark-2023-08-08.md) and the ListJobRuns seed page. The emulator
// keeps its own copy rather than the gateway's DTOs so a misspelt name cannot match on both sides; the
// conformance tests check what it serves against the spec tables. lowerCamel JSON, epoch ms.

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
