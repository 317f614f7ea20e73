// Pure mapping of a PAI-DLC job (ListJobs' JobItem or GetJob's body) to the domain PaiJob.
import { durationBetween, type EpochMillis } from '../../domain/instant';
import { normalizeJobStatus, type JobStatus } from '../../domain/job-status';
import type { PaiCustomEnv, PaiJob, PaiRestartRecord } from '../../domain/pai-job';
import type { CustomEnv, GetJobResponseBody, JobCommon, JobItem, RestartRecord } from './pai-dlc.dto';
import { toPods, toStatusHistory } from './pai-dlc-pod.mapper';
import { toCredentialConfig, toElasticSpec, toJobSettings, toReplicaStatus } from './pai-dlc-settings.mapper';
import { toJobSpec } from './pai-dlc-spec.mapper';
import { PAI_STATUS_TABLE } from '../../domain/pai-job-status';
import { flag, num, objects, stringMap, strings, text, time, wireObject } from './pai-dlc-wire-values';

/** RestartTimes is a count ("1") in ListJobs and "used/max" ("0/10") in GetJob. */
export function parseRestartTimes(raw: string | null): { count: number | null; max: number | null } {
  const match = raw === null ? null : /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(raw);
  if (!match) return { count: null, max: null };
  return { count: Number(match[1]), max: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * When a job that is done finished: GmtFinishTime, else the time of the status it ended in. PAI
 * leaves GmtFinishTime out while a job is in SucceededReserving/FailedReserving (its pods are still
 * kept), but the outcome and its time are already known.
 */
function finishedAt(dto: JobCommon, status: JobStatus): EpochMillis | null {
  const finish = time(dto.GmtFinishTime);
  if (finish !== null) return finish;
  if (status === 'SUCCEEDED') return time(dto.GmtSuccessedTime);
  if (status === 'FAILED') return time(dto.GmtFailedTime);
  if (status === 'CANCELLED') return time(dto.GmtStoppedTime);
  return null;
}

function customEnv(dto: CustomEnv): PaiCustomEnv | null {
  const key = text(dto.Key);
  if (key === null) return null;
  const visible = flag(dto.Visible);
  // Hidden variables are masked upstream; keep no value at all, so nothing hidden can ever leak.
  return { key, value: visible === false || typeof dto.Value !== 'string' ? null : dto.Value, visible };
}

function restartRecord(dto: RestartRecord): PaiRestartRecord {
  return {
    jobRestartCount: num(dto.JobRestartCount),
    occurPhase: text(dto.OccurPhase),
    occurTime: time(dto.OccurTime),
    reason: text(dto.Reason),
    restartDurationInSec: num(dto.RestartDurationInSec),
    restartFailReason: text(dto.RestartFailReason),
    restartLevelType: text(dto.RestartLevelType),
    restartStatus: text(dto.RestartStatus),
    triggerId: text(dto.TriggerID),
    detailErrorInfoList: objects(dto.DetailErrorInfoList, (info) => ({
      addJobLevelBlacklist: flag(info.AddJobLevelBlacklist),
      addNodeToBlacklist: flag(info.AddNodeToBlacklist),
      detailErrorMsg: text(info.DetailErrorMsg),
      errorCode: text(info.ErrorCode),
      errorMsg: text(info.ErrorMsg),
      errorSource: text(info.ErrorSource),
      node: text(info.Node),
      pod: text(info.Pod),
      triggerRestart: flag(info.TriggerRestart),
    })),
  };
}

function roleSystemEnvs(value: unknown): Record<string, Record<string, string>> {
  const roles = wireObject(value as object | undefined);
  if (!roles) return {};
  return Object.fromEntries(Object.entries(roles).map(([role, envs]) => [role, stringMap(envs)]));
}

/** A ListJobs Jobs item or a GetJob body → the domain job of instance `instanceId`. */
export function toPaiJob(
  dto: JobItem | GetJobResponseBody,
  origin: PaiJob['origin'],
  instanceId: string,
): PaiJob {
  // Both shapes are read through one view; members one operation never sends are simply absent.
  const job = dto as JobItem & Omit<GetJobResponseBody, 'Pods'>;
  const raw = text(job.Status);
  const status = normalizeJobStatus(PAI_STATUS_TABLE, raw);
  const startedAt = time(job.GmtRunningTime);
  const finished = finishedAt(job, status);
  const seconds = num(job.Duration);
  const restartTimes = text(job.RestartTimes);
  const restarts = parseRestartTimes(restartTimes);
  const listed = origin === 'ListJobs';
  const listOnly = <T>(value: T): T | null => (listed ? value : null);
  const codeSource = wireObject(job.CodeSource);
  // The doc example sends a bare VPC id where the SDK model has an object: read it as that id.
  const userVpc = typeof job.UserVpc === 'string' ? { VpcId: job.UserVpc } : wireObject(job.UserVpc);
  return {
    provider: 'PAI_DLC',
    instanceId,
    name: text(job.DisplayName),
    status,
    providerStatus: raw ?? '',
    createdAt: time(job.GmtCreateTime),
    startedAt,
    finishedAt: finished,
    // A job that never started running ran for no known time: the Duration 0 PAI sends for a queued
    // job would read as "ran for 0 ms", so it is null like every other provider's unstarted job.
    durationMs:
      startedAt === null && (seconds === null || seconds === 0)
        ? null
        : seconds !== null && seconds >= 0
          ? Math.round(seconds * 1000)
          : durationBetween(startedAt, finished),
    origin,
    jobId: job.JobId,
    displayName: text(job.DisplayName),
    jobType: text(job.JobType),
    subStatus: text(job.SubStatus),
    reasonCode: text(job.ReasonCode),
    reasonMessage: text(job.ReasonMessage),
    workspaceId: text(job.WorkspaceId),
    workspaceName: text(job.WorkspaceName),
    resourceId: text(job.ResourceId),
    resourceType: text(job.ResourceType),
    resourceLevel: text(job.ResourceLevel),
    userId: text(job.UserId),
    priority: num(job.Priority),
    accessibility: text(job.Accessibility),
    clusterId: text(job.ClusterId),
    tenantId: text(job.TenantId),
    duration: seconds,
    gmtCreateTime: time(job.GmtCreateTime),
    gmtSubmittedTime: time(job.GmtSubmittedTime),
    gmtRunningTime: startedAt,
    gmtSuccessedTime: time(job.GmtSuccessedTime),
    gmtFailedTime: time(job.GmtFailedTime),
    gmtStoppedTime: time(job.GmtStoppedTime),
    gmtFinishTime: time(job.GmtFinishTime),
    jobSpecs: objects(job.JobSpecs, toJobSpec),
    jobReplicaStatuses: objects(job.JobReplicaStatuses, toReplicaStatus),
    statusHistory: toStatusHistory(job.StatusHistory),
    settings: toJobSettings(job.Settings),
    elasticSpec: toElasticSpec(job.ElasticSpec),
    codeSource: codeSource && {
      codeSourceId: text(codeSource.CodeSourceId),
      branch: text(codeSource.Branch),
      commit: text(codeSource.Commit),
      mountPath: text(codeSource.MountPath),
    },
    dataSources: objects(job.DataSources, (source) => ({
      dataSourceId: text(source.DataSourceId),
      mountPath: text(source.MountPath),
      uri: text(source.Uri),
    })),
    userVpc: userVpc && {
      vpcId: text(userVpc.VpcId),
      switchId: text(userVpc.SwitchId),
      securityGroupId: text(userVpc.SecurityGroupId),
      extendedCidrs: strings(userVpc.ExtendedCidrs),
      defaultRoute: text(userVpc.DefaultRoute),
    },
    credentialConfig: toCredentialConfig(job.CredentialConfig),
    envs: stringMap(job.Envs),
    thirdpartyLibs: strings(job.ThirdpartyLibs),
    thirdpartyLibDir: text(job.ThirdpartyLibDir),
    userCommand: text(job.UserCommand),
    enabledDebugger: flag(job.EnabledDebugger),
    restartTimes,
    restartCount: restarts.count,
    maxRestartTimes: restarts.max,
    schedulingStrategy: text(job.SchedulingStrategy),
    supportedProfilingTypes: text(job.supportedProfilingTypes),
    pods: toPods(dto.Pods),
    username: listOnly(text(job.Username)),
    systemEnvs: listOnly(stringMap(job.SystemEnvs)),
    resourceName: listOnly(text(job.ResourceName)),
    resourceQuotaName: listOnly(text(job.ResourceQuotaName)),
    gmtModifiedTime: listOnly(time(job.GmtModifiedTime)),
    jobMaxRunningTimeMinutes: listOnly(num(job.JobMaxRunningTimeMinutes)),
    enablePreemptibleJob: listOnly(flag(job.EnablePreemptibleJob)),
    isDeleted: listOnly(flag(job.IsDeleted)),
    workingDir: listOnly(text(job.WorkingDir)),
    userScript: listOnly(text(job.UserScript)),
    requestCpu: listOnly(num(job.RequestCPU)),
    requestMemory: listOnly(text(job.RequestMemory)),
    requestGpu: listOnly(text(job.RequestGPU)),
    nodeCount: listOnly(num(job.NodeCount)),
    nodeNames: listOnly(strings(job.NodeNames)),
    useOversoldResource: listOnly(flag(job.UseOversoldResource)),
    retryCount: listOnly(num(job.RetryCount)),
    templateId: listOnly(text(job.TemplateId)),
    templateName: listOnly(text(job.TemplateName)),
    ...(listed
      ? {}
      : {
          description: text(job.Description),
          customEnvs: objects(job.CustomEnvs, customEnv).filter((env): env is PaiCustomEnv => env !== null),
          ...(Array.isArray(job.RestartRecord)
            ? { restartRecord: objects(job.RestartRecord, restartRecord) }
            : {}),
          roleSystemEnvs: roleSystemEnvs(job.RoleSystemEnvs),
        }),
  };
}
