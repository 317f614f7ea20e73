import type { JobFields } from './job';
import type { ResourceTag, StateChangeReason } from './workspace';

/** OSS paths of a run's driver logs. */
export interface JobRunLog {
  readonly driverStdOut: string | null;
  readonly driverStdError: string | null;
  readonly driverSyslog: string | null;
  readonly driverStartup: string | null;
}

/** The spark-submit section of a run's driver spec. */
export interface SparkSubmit {
  /** Main jar / py / sql file (OSS path). */
  readonly entryPoint: string | null;
  readonly entryPointArguments: readonly string[];
  /** spark-submit command-line flags, as one string. */
  readonly sparkSubmitParameters: string | null;
}

/** The Spark driver spec of a run. */
export interface JobDriver {
  readonly sparkSubmit: SparkSubmit | null;
}

/** One advanced Spark configuration item. */
export interface SparkConfiguration {
  /** e.g. spark-defaults.conf. */
  readonly configFileName: string | null;
  readonly configItemKey: string | null;
  readonly configItemValue: string | null;
}

/** Advanced Spark configurations of a run. */
export interface ConfigurationOverrides {
  readonly configurations: readonly SparkConfiguration[];
}

/** Which EMR operation a JobRun was read with; they return different field sets. */
export type JobRunOrigin = 'ListJobRuns' | 'GetJobRun';

/**
 * An EMR Serverless Spark job run: the union of the ListJobRuns item and the GetJobRun `jobRun`.
 * JobFields carry `state` (providerStatus + normalized status), `name`, and the times:
 * createdAt = submitTime, finishedAt = endTime. startedAt is always null: the API reports when a
 * run was submitted and ended, never when it began running, so durationMs (run time, as on every
 * provider) is null too; totalDurationMs = endTime − submitTime is queueing plus running.
 * Fields one operation does not return are null (`origin` says which one was used): List lacks
 * jobDriver, configurationOverrides, environmentId and notebookAccessUrl; Get lacks the usage
 * metrics vcoreSeconds, mbSeconds and cuHours.
 */
export interface JobRun extends JobFields {
  readonly provider: 'EMR_SERVERLESS_SPARK';
  /** endTime − submitTime in ms, once ended: time queued plus time run (EMR does not split them). */
  readonly totalDurationMs: number | null;
  readonly origin: JobRunOrigin;
  readonly workspaceId: string;
  readonly jobRunId: string;
  readonly stateChangeReason: StateChangeReason | null;
  /** SQL | JAR | PYTHON. */
  readonly codeType: string | null;
  /** Spark UI URL. */
  readonly webUI: string | null;
  readonly executionTimeoutSeconds: number | null;
  /** UID of the submitter: List's `creator`, GetJobRun's `resourceOwnerId` (the same value, renamed). */
  readonly creator: string | null;
  readonly tags: readonly ResourceTag[];
  readonly log: JobRunLog | null;
  /** Engine version, e.g. "esr-3.0.0 (Spark 3.4.3, Scala 2.12, Native Runtime)". */
  readonly releaseVersion: string | null;
  readonly displayReleaseVersion: string | null;
  readonly jobDriver: JobDriver | null;
  readonly configurationOverrides: ConfigurationOverrides | null;
  /** Whether the Fusion engine accelerated the run. */
  readonly fusion: boolean | null;
  /** vCores × seconds (List only). */
  readonly vcoreSeconds: number | null;
  /** Memory MB × seconds (List only). */
  readonly mbSeconds: number | null;
  /** Estimated CU-hours, a float (List only). */
  readonly cuHours: number | null;
  readonly resourceQueueId: string | null;
  /** Run priority as the API sends it, a numeric string such as "5" (SDK only). */
  readonly priority: string | null;
  /** GetJobRun only. */
  readonly environmentId: string | null;
  /** GetJobRun only. */
  readonly notebookAccessUrl: string | null;
}
