// The emulator's in-memory model. Runs are stored as compact rows that point at their job
// definition; the wire objects (URLs, log paths, driver spec) are materialized per page.
import type { Configuration, JobRunState, Tag } from './job-run.wire';
import type { Workspace } from './workspace.wire';

/** A Spark job definition: what many runs of the same job share. */
export interface SparkJob {
  readonly name: string;
  readonly codeType: 'SQL' | 'JAR' | 'PYTHON';
  readonly creator: string;
  readonly resourceQueueId: string;
  /** Index into RELEASE_VERSIONS. */
  readonly release: number;
  readonly tags: readonly Tag[];
  /** Set for jobs run as workflow tasks (their runs carry a `workflowId` tag). */
  readonly workflowId: string | null;
  /** Set for streaming jobs: the job run deployment their runs belong to. */
  readonly deploymentId: string | null;
  readonly executionTimeoutSeconds: number;
  readonly priority: string;
  /** Driver plus executor vCores and memory, used for vcoreSeconds / mbSeconds. */
  readonly vcores: number;
  readonly memoryMb: number;
  readonly entryPoint: string;
  readonly entryPointArguments: readonly string[];
  readonly sparkSubmitParameters: string;
  readonly configurations: readonly Configuration[];
  readonly environmentId: string;
  readonly notebookAccessUrl: string;
}

/** A workspace with what its runs need to materialize. */
export interface WorkspaceRecord {
  readonly wire: Workspace;
  /** OSS bucket that holds logs and code of the workspace. */
  readonly bucket: string;
  readonly jobs: readonly SparkJob[];
}

/** One job run, compact. */
export interface JobRunRow {
  readonly jobRunId: string;
  /** Index into EmrDataset.workspaces. */
  readonly workspace: number;
  /** Index into the workspace's jobs. */
  readonly job: number;
  readonly state: JobRunState;
  readonly submitTime: number;
  /** 0 while the run has not ended. */
  readonly endTime: number;
  /** Index into RUN_STATE_REASONS[state]. */
  readonly reason: number;
}

/** The whole generated world of one EMR Serverless Spark emulator. */
export interface EmrDataset {
  readonly referenceTime: number;
  /** In ListWorkspaces order: newest createTime first. */
  readonly workspaces: readonly WorkspaceRecord[];
  readonly runs: readonly JobRunRow[];
}

/** Run duration in ms as the minDuration filter sees it: until the end, or until "now" for runs still going. */
export function runDurationMs(row: JobRunRow, referenceTime: number): number {
  return (row.endTime > 0 ? row.endTime : referenceTime) - row.submitTime;
}
