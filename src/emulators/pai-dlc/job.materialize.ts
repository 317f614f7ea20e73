/**
 * Builds the full wire objects of one job (ListJobs' JobItem, GetJob's body) from its compact row.
 * Called only for the jobs of the page being answered.
 */
import { JOB_TYPES } from './vocabulary.dataset';
import type { PaiDlcDataset } from './pai-dlc.dataset';
import { drawJobDetail, type JobDetail } from './job-detail.dataset';
import { NO_TIME, type PaiJobRow } from './pai-dlc.model';
import { buildCredentialConfig, buildElasticSpec, buildSettings } from './job-settings.materialize';
import { buildJobSpecs } from './job-spec.materialize';
import type { GetJobResponseBody, JobCommon, JobItem } from './job.wire';
import { planJob, type JobPlan } from './pod-plan.dataset';
import { isoSeconds, toPodDetail, toPodItem, toRestartRecords, type PodWireContext } from './pod.materialize';
import type { JobReplicaStatus } from './job-settings.wire';
import type { JobSpec } from './job-spec.wire';

const time = (name: string, epochSeconds: number): Record<string, string> =>
  epochSeconds === NO_TIME ? {} : { [name]: isoSeconds(epochSeconds) };

function replicaStatuses(row: PaiJobRow, plan: JobPlan, specs: readonly JobSpec[]): JobReplicaStatus[] {
  const waiting = row.status === 'Creating' || row.status === 'Queuing' || row.status === 'Bidding';
  return row.roles.map((role, i) => ({
    Type: role.type,
    Active: plan.pods.filter((p) => p.type === role.type && p.current.status === 'Running').length,
    Queuing: waiting ? role.podCount : 0,
    Dequeued: waiting ? 0 : role.podCount,
    EstimatedPodCount: role.podCount,
    ...(specs[i] ? { EstimatedResourceConfig: specs[i].ResourceConfig } : {}),
  }));
}

function common(row: PaiJobRow, dataset: PaiDlcDataset, detail: JobDetail, plan: JobPlan): JobCommon {
  const { directory } = dataset;
  const workspace = directory.workspaces[row.workspaceIndex];
  const quota = directory.quotas[row.quotaIndex];
  const specs = buildJobSpecs(row, directory, detail);
  return {
    JobId: row.jobId,
    DisplayName: row.displayName,
    JobType: row.jobType,
    Status: row.status,
    ...(row.subStatus ? { SubStatus: row.subStatus } : {}),
    ReasonCode: row.reasonCode,
    ReasonMessage: row.reasonMessage,
    WorkspaceId: workspace?.workspaceId ?? '',
    WorkspaceName: workspace?.workspaceName ?? '',
    ResourceId: quota?.resourceId ?? '',
    ResourceLevel: quota?.resourceLevel ?? '',
    ResourceType: quota?.resourceType ?? 'ECS',
    UserId: directory.users[row.userIndex]?.userId ?? '',
    Priority: row.priority,
    Accessibility: row.accessibility,
    ClusterId: quota?.clusterId ?? '',
    TenantId: directory.tenantId,
    Duration: row.duration,
    GmtCreateTime: isoSeconds(row.createTime),
    ...time('GmtSubmittedTime', row.submittedTime),
    ...time('GmtRunningTime', row.runningTime),
    ...time('GmtSuccessedTime', row.successedTime),
    ...time('GmtFailedTime', row.failedTime),
    ...time('GmtStoppedTime', row.stoppedTime),
    ...time('GmtFinishTime', row.finishTime),
    JobSpecs: specs,
    JobReplicaStatuses: replicaStatuses(row, plan, specs),
    StatusHistory: row.transitions.map((t, i) => {
      const next = row.transitions[i + 1];
      return {
        Status: t.status,
        StartTime: isoSeconds(t.start),
        ...(next ? { EndTime: isoSeconds(next.start) } : {}),
        ReasonCode: t.reason[0],
        ReasonMessage: t.reason[1],
      };
    }),
    Settings: buildSettings(row, directory, detail),
    ElasticSpec: buildElasticSpec(row),
    ...(detail.codeSource ? { CodeSource: { ...detail.codeSource } } : {}),
    DataSources: [],
    ...(detail.userVpc
      ? { UserVpc: { ...detail.userVpc, ExtendedCidrs: [...detail.userVpc.ExtendedCidrs] } }
      : {}),
    CredentialConfig: buildCredentialConfig(directory, detail),
    Envs: { ...detail.envs },
    ThirdpartyLibs: [...detail.thirdpartyLibs],
    ThirdpartyLibDir: detail.thirdpartyLibDir,
    UserCommand: row.userCommand,
    EnabledDebugger: detail.enabledDebugger,
    RestartTimes: String(row.restarts),
    SchedulingStrategy: 'Auto',
    supportedProfilingTypes: JOB_TYPES[row.jobTypeIndex]?.profiling ?? '',
  };
}

function podContext(row: PaiJobRow, dataset: PaiDlcDataset): PodWireContext {
  return {
    now: dataset.now,
    profiling: JOB_TYPES[row.jobTypeIndex]?.profiling ?? '',
    resourceType: row.paymentType === 'Spot' ? 'Spot' : 'Normal',
  };
}

/** ListJobs' JobItem (all 62 fields where they mean something). */
export function toJobItem(row: PaiJobRow, dataset: PaiDlcDataset): JobItem {
  const { directory } = dataset;
  const detail = drawJobDetail(row, directory, dataset.seed);
  const plan = planJob(row, directory, dataset.seed);
  const quota = directory.quotas[row.quotaIndex];
  const context = podContext(row, dataset);
  const nodeNames = [...new Set(plan.pods.flatMap((p) => (p.current.nodeName ? [p.current.nodeName] : [])))];
  return {
    ...common(row, dataset, detail, plan),
    DataSources: detail.dataSources.map((d) => ({ DataSourceId: d.DataSourceId, MountPath: d.MountPath })),
    Username: directory.users[row.userIndex]?.username ?? '',
    SystemEnvs: {
      PAI_WORKSPACE_ID: directory.workspaces[row.workspaceIndex]?.workspaceId ?? '',
      PAI_JOB_ID: row.jobId,
    },
    ResourceName: quota?.resourceName ?? '',
    ResourceQuotaName: quota?.resourceQuotaName ?? '',
    GmtModifiedTime: isoSeconds(row.modifiedTime),
    JobMaxRunningTimeMinutes: row.maxRunningMinutes,
    EnablePreemptibleJob: row.paymentType === 'Spot' || row.useOversoldResource,
    IsDeleted: false,
    WorkingDir: detail.workingDir,
    UserScript: detail.userScript,
    RequestCPU: row.requestCPU,
    RequestMemory: `${row.requestMemoryGi}Gi`,
    RequestGPU: String(row.requestGPU),
    NodeCount: String(row.nodeCount),
    NodeNames: nodeNames,
    UseOversoldResource: row.useOversoldResource,
    RetryCount: row.restarts,
    ...(row.templateId ? { TemplateId: row.templateId, TemplateName: row.templateName } : {}),
    Pods: plan.pods.map((p) => toPodItem(p, context)),
  };
}

/** GetJob's body. `needDetail: false` leaves out the per-pod and per-restart detail (Pods, RestartRecord). */
export function toGetJobBody(
  row: PaiJobRow,
  dataset: PaiDlcDataset,
  requestId: string,
  needDetail: boolean,
): GetJobResponseBody {
  const { directory } = dataset;
  const detail = drawJobDetail(row, directory, dataset.seed);
  const plan = planJob(row, directory, dataset.seed);
  const context = podContext(row, dataset);
  const body: GetJobResponseBody = {
    ...common(row, dataset, detail, plan),
    DataSources: detail.dataSources.map((d) => ({ ...d })),
    RestartTimes: `${row.restarts}/${row.maxRestarts}`,
    RequestId: requestId,
    Description: row.description,
    CustomEnvs: [
      ...Object.entries(detail.envs).map(([Key, Value]) => ({ Key, Value, Visible: 'true' })),
      ...detail.hiddenEnvKeys.map((Key) => ({ Key, Value: '******', Visible: 'false' })),
    ],
    RestartRecord: toRestartRecords(plan.restarts, dataset.now, row.jobId),
    RoleSystemEnvs: Object.fromEntries(
      row.roles.map((role) => [
        role.type,
        { PAI_ROLE: role.type, WORLD_SIZE: String(row.nodeCount), MASTER_PORT: '23456' },
      ]),
    ),
    Pods: plan.pods.map((p) => toPodDetail(p, context)),
  };
  if (needDetail) return body;
  const { Pods: _pods, RestartRecord: _restarts, ...summary } = body;
  return summary;
}
