// PAI-DLC 2020-12-03 wire types of jobs and of the ListJobs / GetJob requests and bodies as the client reads
// them (the emulator declares its own, in emulators/pai-dlc/*.wire.ts), named as the SDK models name them
// (../shared/specs/alibaba/pai-dlc-2020-12-03.md). The SDK declares every member optional; here only JobId
// and the Jobs list are required (the client checks them before it hands a body on). Times are UTC ISO-8601
// strings, absent until they happen.
import type { PodDetail, PodItem, StatusTransitionItem } from './pai-dlc-pod.dto';
import type { CredentialConfig, JobElasticSpec, JobReplicaStatus, JobSettings } from './pai-dlc-settings.dto';
import type { JobSpec } from './pai-dlc-spec.dto';

/** Git code mounted into the job (`JobItemCodeSource`). */
export interface CodeSource {
  readonly CodeSourceId?: string;
  readonly Branch?: string;
  readonly Commit?: string;
  readonly MountPath?: string;
}

/** A dataset mounted into the job; GetJob adds `Uri`. */
export interface DataSource {
  readonly DataSourceId?: string;
  readonly MountPath?: string;
  readonly Uri?: string;
}

/** The user's VPC the job's pods are attached to (`JobItemUserVpc`). */
export interface UserVpc {
  readonly VpcId?: string;
  readonly SwitchId?: string;
  readonly SecurityGroupId?: string;
  readonly ExtendedCidrs?: readonly string[];
  readonly DefaultRoute?: string;
}

/** Fields ListJobs' JobItem and GetJob's body share. */
export interface JobCommon {
  readonly JobId: string;
  readonly DisplayName?: string;
  readonly JobType?: string;
  /** One of PAI_JOB_STATUSES, or a status added later. */
  readonly Status?: string;
  readonly SubStatus?: string;
  readonly ReasonCode?: string;
  readonly ReasonMessage?: string;
  readonly WorkspaceId?: string;
  readonly WorkspaceName?: string;
  readonly ResourceId?: string;
  readonly ResourceLevel?: string;
  /** ECS | Lingjun | ACS. */
  readonly ResourceType?: string;
  readonly UserId?: string;
  /** 1..9. */
  readonly Priority?: number;
  /** PUBLIC | PRIVATE. */
  readonly Accessibility?: string;
  readonly ClusterId?: string;
  readonly TenantId?: string;
  /** Seconds the job has run. */
  readonly Duration?: number;
  readonly GmtCreateTime?: string;
  readonly GmtSubmittedTime?: string;
  readonly GmtRunningTime?: string;
  /** Upstream's spelling. */
  readonly GmtSuccessedTime?: string;
  readonly GmtFailedTime?: string;
  readonly GmtStoppedTime?: string;
  readonly GmtFinishTime?: string;
  readonly JobSpecs?: readonly JobSpec[];
  readonly JobReplicaStatuses?: readonly JobReplicaStatus[];
  readonly StatusHistory?: readonly StatusTransitionItem[];
  readonly Settings?: JobSettings;
  readonly ElasticSpec?: JobElasticSpec;
  readonly CodeSource?: CodeSource;
  readonly DataSources?: readonly DataSource[];
  /** The SDK model is an object; the ListJobs doc example shows a bare VPC id string ("vpc-1"). */
  readonly UserVpc?: UserVpc | string;
  readonly CredentialConfig?: CredentialConfig;
  readonly Envs?: Readonly<Record<string, string>>;
  readonly ThirdpartyLibs?: readonly string[];
  readonly ThirdpartyLibDir?: string;
  readonly UserCommand?: string;
  readonly EnabledDebugger?: boolean;
  /** A count ("1") in ListJobs; "used/max" ("0/10") in GetJob. */
  readonly RestartTimes?: string;
  readonly SchedulingStrategy?: string;
  readonly supportedProfilingTypes?: string;
}

/** One job as ListJobs returns it (`JobItem`, 62 fields). */
export interface JobItem extends JobCommon {
  readonly Username?: string;
  readonly SystemEnvs?: Readonly<Record<string, string>>;
  readonly ResourceName?: string;
  readonly ResourceQuotaName?: string;
  readonly GmtModifiedTime?: string;
  readonly JobMaxRunningTimeMinutes?: number;
  readonly EnablePreemptibleJob?: boolean;
  readonly IsDeleted?: boolean;
  readonly WorkingDir?: string;
  readonly UserScript?: string;
  readonly RequestCPU?: number;
  readonly RequestMemory?: string;
  readonly RequestGPU?: string;
  readonly NodeCount?: string;
  readonly NodeNames?: readonly string[];
  readonly UseOversoldResource?: boolean;
  readonly RetryCount?: number;
  readonly TemplateId?: string;
  readonly TemplateName?: string;
  readonly Pods?: readonly PodItem[];
}

/** A fault that took part in a restart (`GetJobResponseBodyRestartRecordDetailErrorInfoList`). */
export interface RestartErrorInfo {
  readonly AddJobLevelBlacklist?: boolean;
  readonly AddNodeToBlacklist?: boolean;
  readonly DetailErrorMsg?: string;
  readonly ErrorCode?: string;
  readonly ErrorMsg?: string;
  readonly ErrorSource?: string;
  readonly Node?: string;
  readonly Pod?: string;
  readonly TriggerRestart?: boolean;
}

/** One automatic restart of the job (`GetJobResponseBodyRestartRecord`). */
export interface RestartRecord {
  readonly JobRestartCount?: number;
  readonly OccurPhase?: string;
  readonly OccurTime?: string;
  readonly Reason?: string;
  readonly RestartDurationInSec?: number;
  readonly RestartFailReason?: string;
  readonly RestartLevelType?: string;
  readonly RestartStatus?: string;
  readonly TriggerID?: string;
  readonly DetailErrorInfoList?: readonly RestartErrorInfo[];
}

/** An environment variable as GetJob lists it (`GetJobResponseBodyCustomEnvs`). */
export interface CustomEnv {
  readonly Key?: string;
  readonly Value?: string;
  /** "true" / "false" as a string. */
  readonly Visible?: string;
}

/** GetJob's body: the job's fields at the top level plus RequestId (not wrapped). */
export interface GetJobResponseBody extends JobCommon {
  readonly RequestId?: string;
  readonly Description?: string;
  readonly CustomEnvs?: readonly CustomEnv[];
  /** Absent when the caller passed NeedDetail=false. */
  readonly RestartRecord?: readonly RestartRecord[];
  /** Per role: that role's system environment. */
  readonly RoleSystemEnvs?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Absent when the caller passed NeedDetail=false. */
  readonly Pods?: readonly PodDetail[];
}

/** ListJobs' body. */
export interface ListJobsResponseBody {
  readonly Jobs: readonly JobItem[];
  readonly TotalCount?: number;
  readonly RequestId?: string;
}

/** ListJobs query (SDK `ListJobsRequest`); `Tags` is sent as one JSON-object string. */
export interface ListJobsRequest {
  readonly Accessibility?: string;
  readonly BusinessUserId?: string;
  readonly Caller?: string;
  readonly Description?: string;
  readonly DisplayName?: string;
  readonly DisplayNameSearchMode?: string;
  /** 'true' / 'false' as a string, as the SDK declares it. */
  readonly EnableAssignNode?: string;
  readonly EndTime?: string;
  readonly FromAllWorkspaces?: boolean;
  readonly ImageSearch?: string;
  readonly JobId?: string;
  /** Comma-separated; JobId wins when both are sent. */
  readonly JobIds?: string;
  readonly JobType?: string;
  readonly NumericRangeField?: string;
  readonly NumericRangeMax?: number;
  readonly NumericRangeMin?: number;
  readonly Order?: 'asc' | 'desc';
  readonly OversoldInfo?: string;
  readonly PageNumber?: number;
  readonly PageSize?: number;
  readonly PaymentType?: string;
  readonly PipelineId?: string;
  readonly ReasonSearch?: string;
  readonly ResourceId?: string;
  /** Comma-separated. */
  readonly ResourceIds?: string;
  readonly ResourceQuotaName?: string;
  readonly ShowOwn?: boolean;
  readonly SortBy?: string;
  readonly StartTime?: string;
  readonly Status?: string;
  readonly Tags?: Readonly<Record<string, string>>;
  readonly TemplateId?: string;
  readonly TimeRangeField?: string;
  readonly UserCommandSearch?: string;
  readonly UserIdForFilter?: string;
  readonly Username?: string;
  readonly WorkspaceId?: string;
}

/** GetJob query (SDK `GetJobRequest`). */
export interface GetJobRequest {
  /** Default true; false leaves Pods and RestartRecord out. */
  readonly NeedDetail?: boolean;
}
