/** PAI-DLC 2020-12-03 wire types for jobs and the two operations' bodies, named as the SDK models name them. */
import type { PodDetail, PodItem, StatusTransitionItem } from './pai-dlc-pod.wire';
import type {
  CredentialConfig,
  JobElasticSpec,
  JobReplicaStatus,
  JobSettings,
  JobSpec,
} from './pai-dlc-spec.wire';

/** Git code mounted into the job (`JobItemCodeSource`). */
export interface CodeSource {
  CodeSourceId: string;
  Branch: string;
  Commit: string;
  MountPath: string;
}

/** A dataset mounted into the job; GetJob adds `Uri`. */
export interface DataSource {
  DataSourceId: string;
  MountPath: string;
  Uri?: string;
}

/** The user's VPC the job's pods are attached to (`JobItemUserVpc`). */
export interface UserVpc {
  VpcId: string;
  SwitchId: string;
  SecurityGroupId: string;
  ExtendedCidrs: string[];
  DefaultRoute: string;
}

/** Fields ListJobs' JobItem and GetJob's body share. Times are UTC ISO-8601, absent until they happen. */
export interface JobCommon {
  JobId: string;
  DisplayName: string;
  JobType: string;
  Status: string;
  SubStatus?: string;
  ReasonCode: string;
  ReasonMessage: string;
  WorkspaceId: string;
  WorkspaceName: string;
  ResourceId: string;
  ResourceLevel: string;
  ResourceType: string;
  UserId: string;
  Priority: number;
  Accessibility: string;
  ClusterId: string;
  TenantId: string;
  Duration: number;
  GmtCreateTime: string;
  GmtSubmittedTime?: string;
  GmtRunningTime?: string;
  GmtSuccessedTime?: string;
  GmtFailedTime?: string;
  GmtStoppedTime?: string;
  GmtFinishTime?: string;
  JobSpecs: JobSpec[];
  JobReplicaStatuses: JobReplicaStatus[];
  StatusHistory: StatusTransitionItem[];
  Settings: JobSettings;
  ElasticSpec: JobElasticSpec;
  CodeSource?: CodeSource;
  DataSources: DataSource[];
  UserVpc?: UserVpc;
  CredentialConfig: CredentialConfig;
  Envs: Record<string, string>;
  ThirdpartyLibs: string[];
  ThirdpartyLibDir: string;
  UserCommand: string;
  EnabledDebugger: boolean;
  RestartTimes: string;
  SchedulingStrategy: string;
  supportedProfilingTypes: string;
}

/** One job as ListJobs returns it (`JobItem`, 62 fields; GetJob has RoleSystemEnvs instead of SystemEnvs). */
export interface JobItem extends JobCommon {
  Username: string;
  SystemEnvs: Record<string, string>;
  ResourceName: string;
  ResourceQuotaName: string;
  GmtModifiedTime: string;
  JobMaxRunningTimeMinutes: number;
  EnablePreemptibleJob: boolean;
  IsDeleted: boolean;
  WorkingDir: string;
  UserScript: string;
  RequestCPU: number;
  RequestMemory: string;
  RequestGPU: string;
  NodeCount: string;
  NodeNames: string[];
  UseOversoldResource: boolean;
  RetryCount: number;
  TemplateId?: string;
  TemplateName?: string;
  Pods: PodItem[];
}

/** A fault that took part in a restart (`GetJobResponseBodyRestartRecordDetailErrorInfoList`). */
export interface RestartErrorInfo {
  AddJobLevelBlacklist: boolean;
  AddNodeToBlacklist: boolean;
  DetailErrorMsg: string;
  ErrorCode: string;
  ErrorMsg: string;
  ErrorSource: string;
  Node: string;
  Pod: string;
  TriggerRestart: boolean;
}

/** One automatic restart of the job (`GetJobResponseBodyRestartRecord`). */
export interface RestartRecord {
  JobRestartCount: number;
  OccurPhase: string;
  OccurTime: string;
  Reason: string;
  RestartDurationInSec: number;
  RestartFailReason: string;
  RestartLevelType: string;
  RestartStatus: string;
  TriggerID: string;
  DetailErrorInfoList: RestartErrorInfo[];
}

/** An environment variable as GetJob lists it (`GetJobResponseBodyCustomEnvs`). */
export interface CustomEnv {
  Key: string;
  Value: string;
  Visible: string;
}

/** GetJob's body: the job's fields at the top level plus RequestId (not wrapped). */
export interface GetJobResponseBody extends JobCommon {
  RequestId: string;
  Description: string;
  CustomEnvs: CustomEnv[];
  /** Absent when the caller passed NeedDetail=false. */
  RestartRecord?: RestartRecord[];
  RoleSystemEnvs: Record<string, Record<string, string>>;
  /** Absent when the caller passed NeedDetail=false. */
  Pods?: PodDetail[];
}

/** ListJobs' body. */
export interface ListJobsResponseBody {
  Jobs: JobItem[];
  TotalCount: number;
  RequestId: string;
}
