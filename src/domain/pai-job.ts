import type { EpochMillis } from './instant';
import type { JobFields } from './job';
import type { JobStatus } from './job-status';
import type {
  PaiCredentialConfig,
  PaiJobElasticSpec,
  PaiJobReplicaStatus,
  PaiJobSettings,
} from './pai-job-settings';
import type { PaiJobSpec } from './pai-job-spec';

/** Which PAI-DLC operation a job was read with; they return different field sets. */
export type PaiJobOrigin = 'ListJobs' | 'GetJob';

/** One interval of a job's status timeline (`StatusHistory` item). */
export interface StatusTransition {
  /** Normalized like the job's own status. */
  readonly status: JobStatus;
  /** The wire status, unchanged ('' when absent). */
  readonly providerStatus: string;
  readonly startTime: EpochMillis | null;
  /** Null for the interval the job is still in. */
  readonly endTime: EpochMillis | null;
  readonly reasonCode: string | null;
  readonly reasonMessage: string | null;
}

/** One network interface of a pod. */
export interface PaiPodNetworkInterface {
  readonly interfaceName: string | null;
  readonly ip: string | null;
}

/**
 * A pod of a PAI-DLC job (ListJobs' PodItem or GetJob's pod). Earlier incarnations of the same pod
 * (after restarts) are in `history` and share its podId; their own `history` is empty.
 */
export interface Pod {
  /** E.g. `dlc-...-worker-0`. */
  readonly podId: string;
  readonly podUid: string | null;
  /** Role: Worker, PS, Chief, Master, ... */
  readonly type: string | null;
  /** The pod's own status string, as sent. */
  readonly status: string | null;
  readonly subStatus: string | null;
  readonly ip: string | null;
  /** ListJobs only. */
  readonly podIp: string | null;
  readonly podIps: readonly PaiPodNetworkInterface[];
  readonly nodeName: string | null;
  readonly gmtCreateTime: EpochMillis | null;
  readonly gmtStartTime: EpochMillis | null;
  readonly gmtFinishTime: EpochMillis | null;
  /** Seconds the pod ran (GetJob only; null from ListJobs). */
  readonly duration: number | null;
  /** Resource usage type, e.g. Normal or Spot (GetJob only). */
  readonly resourceType: string | null;
  readonly supportedProfilingTypes: string | null;
  readonly history: readonly Pod[];
}

/** Git code mounted into a job. */
export interface PaiCodeSource {
  readonly codeSourceId: string | null;
  readonly branch: string | null;
  readonly commit: string | null;
  readonly mountPath: string | null;
}

/** A dataset mounted into a job. */
export interface PaiDataSource {
  readonly dataSourceId: string | null;
  readonly mountPath: string | null;
  /** E.g. `oss://...` (GetJob only). */
  readonly uri: string | null;
}

/** The user's VPC the job's pods are attached to. */
export interface PaiUserVpc {
  readonly vpcId: string | null;
  readonly switchId: string | null;
  readonly securityGroupId: string | null;
  readonly extendedCidrs: readonly string[];
  /** Default route NIC, e.g. eth0. */
  readonly defaultRoute: string | null;
}

/** An environment variable as GetJob lists it. */
export interface PaiCustomEnv {
  readonly key: string;
  /** Null when the variable is not visible: a hidden value is never kept, even if sent. */
  readonly value: string | null;
  /** The wire's "true"/"false"; null when absent or unreadable. */
  readonly visible: boolean | null;
}

/** A fault that took part in an automatic restart. */
export interface PaiRestartErrorInfo {
  readonly addJobLevelBlacklist: boolean | null;
  readonly addNodeToBlacklist: boolean | null;
  readonly detailErrorMsg: string | null;
  readonly errorCode: string | null;
  readonly errorMsg: string | null;
  readonly errorSource: string | null;
  readonly node: string | null;
  readonly pod: string | null;
  readonly triggerRestart: boolean | null;
}

/** One automatic restart of a job (GetJob's `RestartRecord` item). */
export interface PaiRestartRecord {
  readonly jobRestartCount: number | null;
  readonly occurPhase: string | null;
  readonly occurTime: EpochMillis | null;
  readonly reason: string | null;
  readonly restartDurationInSec: number | null;
  readonly restartFailReason: string | null;
  readonly restartLevelType: string | null;
  readonly restartStatus: string | null;
  readonly triggerId: string | null;
  readonly detailErrorInfoList: readonly PaiRestartErrorInfo[];
}

/**
 * A PAI-DLC training job: every field of ListJobs' JobItem plus GetJob's own ones. JobFields:
 * name = DisplayName, createdAt = GmtCreateTime, startedAt = GmtRunningTime, finishedAt =
 * GmtFinishTime (or, for a finished job without one, the time of its Succeeded/Failed/Stopped
 * status), durationMs = Duration × 1000 (or finishedAt − startedAt without one).
 * JobItem-only fields are null when `origin` is GetJob; GetJob-only fields are absent when it is ListJobs.
 */
export interface PaiJob extends JobFields {
  readonly provider: 'PAI_DLC';
  readonly origin: PaiJobOrigin;
  /** E.g. `dlc-20210126170216-mtl37ge7gkvdz`. */
  readonly jobId: string;
  readonly displayName: string | null;
  /** TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ... */
  readonly jobType: string | null;
  readonly subStatus: string | null;
  readonly reasonCode: string | null;
  readonly reasonMessage: string | null;
  readonly workspaceId: string | null;
  readonly workspaceName: string | null;
  readonly resourceId: string | null;
  /** ECS | Lingjun | ACS. */
  readonly resourceType: string | null;
  readonly resourceLevel: string | null;
  readonly userId: string | null;
  /** 1..9. */
  readonly priority: number | null;
  /** PUBLIC | PRIVATE. */
  readonly accessibility: string | null;
  readonly clusterId: string | null;
  readonly tenantId: string | null;
  /** Seconds run, as sent. */
  readonly duration: number | null;
  readonly gmtCreateTime: EpochMillis | null;
  readonly gmtSubmittedTime: EpochMillis | null;
  readonly gmtRunningTime: EpochMillis | null;
  /** Upstream's spelling (GmtSuccessedTime). */
  readonly gmtSuccessedTime: EpochMillis | null;
  readonly gmtFailedTime: EpochMillis | null;
  readonly gmtStoppedTime: EpochMillis | null;
  readonly gmtFinishTime: EpochMillis | null;
  readonly jobSpecs: readonly PaiJobSpec[];
  readonly jobReplicaStatuses: readonly PaiJobReplicaStatus[];
  readonly statusHistory: readonly StatusTransition[];
  readonly settings: PaiJobSettings | null;
  readonly elasticSpec: PaiJobElasticSpec | null;
  readonly codeSource: PaiCodeSource | null;
  readonly dataSources: readonly PaiDataSource[];
  readonly userVpc: PaiUserVpc | null;
  readonly credentialConfig: PaiCredentialConfig | null;
  readonly envs: Readonly<Record<string, string>>;
  readonly thirdpartyLibs: readonly string[];
  readonly thirdpartyLibDir: string | null;
  readonly userCommand: string | null;
  readonly enabledDebugger: boolean | null;
  /** RestartTimes as sent: a count ("1", ListJobs) or "used/max" ("0/10", GetJob). */
  readonly restartTimes: string | null;
  /** Restarts so far, read from restartTimes. */
  readonly restartCount: number | null;
  /** The most restarts allowed, when restartTimes says ("used/max"). */
  readonly maxRestartTimes: number | null;
  readonly schedulingStrategy: string | null;
  readonly supportedProfilingTypes: string | null;
  /** Empty from GetJob with NeedDetail=false. */
  readonly pods: readonly Pod[];

  // ListJobs only: null when origin is GetJob.
  readonly username: string | null;
  readonly systemEnvs: Readonly<Record<string, string>> | null;
  readonly resourceName: string | null;
  readonly resourceQuotaName: string | null;
  readonly gmtModifiedTime: EpochMillis | null;
  readonly jobMaxRunningTimeMinutes: number | null;
  readonly enablePreemptibleJob: boolean | null;
  readonly isDeleted: boolean | null;
  readonly workingDir: string | null;
  readonly userScript: string | null;
  readonly requestCpu: number | null;
  /** A quantity string as sent, e.g. "1Gi". */
  readonly requestMemory: string | null;
  /** A string as sent, e.g. "1". */
  readonly requestGpu: string | null;
  /** NodeCount, sent as a string, read as a number. */
  readonly nodeCount: number | null;
  readonly nodeNames: readonly string[] | null;
  readonly useOversoldResource: boolean | null;
  readonly retryCount: number | null;
  readonly templateId: string | null;
  readonly templateName: string | null;

  // GetJob only: absent when origin is ListJobs.
  readonly description?: string | null;
  readonly customEnvs?: readonly PaiCustomEnv[];
  /** Absent also from GetJob with NeedDetail=false. */
  readonly restartRecord?: readonly PaiRestartRecord[];
  /** Per role: that role's system environment. */
  readonly roleSystemEnvs?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
