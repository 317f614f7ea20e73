// Turns a compact run row into its wire objects, only for the runs of the page being answered.
import { RELEASE_VERSIONS, RUN_STATE_REASONS } from './vocabulary.dataset';
import type { EmrDataset, JobRunRow, SparkJob, WorkspaceRecord } from './emr-serverless-spark.model';
import type { JobRun, JobRunDetail } from './job-run.wire';

/** Memory per CU: 1 CU = 1 vCore + 4 GiB. */
const MB_PER_CU = 4096;

function parts(dataset: EmrDataset, row: JobRunRow): { workspace: WorkspaceRecord; job: SparkJob } {
  const workspace = dataset.workspaces[row.workspace] as WorkspaceRecord;
  return { workspace, job: workspace.jobs[row.job] as SparkJob };
}

function common(dataset: EmrDataset, row: JobRunRow) {
  const { workspace, job } = parts(dataset, row);
  const { workspaceId, regionId } = workspace.wire;
  const [code, message] = RUN_STATE_REASONS[row.state][row.reason] ?? ['0', ''];
  const [releaseVersion, displayReleaseVersion, fusion] = RELEASE_VERSIONS[job.release] ??
    RELEASE_VERSIONS[0] ?? ['', '', false];
  const logDir = `oss://${workspace.bucket}/spark-logs/${workspaceId}/${row.jobRunId}/driver`;
  return {
    workspaceId,
    jobRunId: row.jobRunId,
    name: job.name,
    state: row.state,
    stateChangeReason: { code, message },
    submitTime: row.submitTime,
    ...(row.endTime > 0 ? { endTime: row.endTime } : {}),
    codeType: job.codeType,
    webUI: `https://emr-serverless-spark-ui.${regionId}.aliyuncs.com/${workspaceId}/${row.jobRunId}/jobs/`,
    executionTimeoutSeconds: job.executionTimeoutSeconds,
    tags: job.tags.map((tag) => ({ key: tag.key, value: tag.value })),
    log: {
      driverStdOut: `${logDir}/stdout.log`,
      driverStdError: `${logDir}/stderr.log`,
      driverSyslog: `${logDir}/syslog.log`,
      driverStartup: `${logDir}/startup.log`,
    },
    releaseVersion,
    displayReleaseVersion,
    fusion,
    resourceQueueId: job.resourceQueueId,
    priority: job.priority,
  };
}

/** Seconds the run has held resources: none before it starts running. */
function busySeconds(row: JobRunRow, referenceTime: number): number {
  if (row.state === 'Submitted' || row.state === 'Pending') return 0;
  return Math.max(0, Math.round(((row.endTime > 0 ? row.endTime : referenceTime) - row.submitTime) / 1000));
}

/** The ListJobRuns item. */
export function toJobRun(dataset: EmrDataset, row: JobRunRow): JobRun {
  const { job } = parts(dataset, row);
  const seconds = busySeconds(row, dataset.referenceTime);
  const vcoreSeconds = job.vcores * seconds;
  const mbSeconds = job.memoryMb * seconds;
  const cuHours = Math.round((Math.max(vcoreSeconds, mbSeconds / MB_PER_CU) / 3600) * 1000) / 1000;
  return { ...common(dataset, row), creator: job.creator, vcoreSeconds, mbSeconds, cuHours };
}

/** The GetJobRun `jobRun`. */
export function toJobRunDetail(dataset: EmrDataset, row: JobRunRow): JobRunDetail {
  const { job } = parts(dataset, row);
  return {
    ...common(dataset, row),
    environmentId: job.environmentId,
    notebookAccessUrl: job.notebookAccessUrl,
    resourceOwnerId: job.creator,
    jobDriver: {
      sparkSubmit: {
        entryPoint: job.entryPoint,
        entryPointArguments: [...job.entryPointArguments],
        sparkSubmitParameters: job.sparkSubmitParameters,
      },
    },
    configurationOverrides: { configurations: job.configurations.map((c) => ({ ...c })) },
  };
}
