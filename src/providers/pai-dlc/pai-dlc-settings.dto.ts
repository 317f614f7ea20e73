// PAI-DLC 2020-12-03 wire types of a job's settings, elastic spec, credential injection and replica counters
// as the client reads them (the emulator declares its own), named as the SDK models name them. Every member
// is optional, as in the SDK.
import type { AutoScalingSpec, ResourceConfig } from './pai-dlc-spec.dto';

/** Resource ceiling of a Data-Juicer resource estimate (`ResourceLimit`). */
export interface ResourceLimit {
  readonly CPU?: string;
  readonly GPU?: string;
  readonly Memory?: string;
}

/** Data-Juicer job settings (`DataJuicerConfig`). */
export interface DataJuicerConfig {
  /** `shell` or `config`. */
  readonly CommandType?: string;
  /** `standalone` or `distributed`. */
  readonly ExecutionMode?: string;
  readonly EnableResourceEstimation?: boolean;
  readonly ResourceLimit?: ResourceLimit;
}

/** The model a job works on (`ModelConfig`). */
export interface ModelConfig {
  readonly ModelName?: string;
}

/** Job-level switches (`JobSettings`). */
export interface JobSettings {
  readonly BusinessUserId?: string;
  readonly Caller?: string;
  readonly Tags?: Readonly<Record<string, string>>;
  readonly PipelineId?: string;
  readonly EnableTideResource?: boolean;
  readonly EnableErrorMonitoringInAIMaster?: boolean;
  readonly ErrorMonitoringArgs?: string;
  readonly EnableRDMA?: boolean;
  readonly AllocateAllRDMADevices?: boolean;
  readonly EnableOssAppend?: boolean;
  readonly OversoldType?: string;
  /** Free-form: values of any JSON type (`map<string,any>`). */
  readonly AdvancedSettings?: Readonly<Record<string, unknown>>;
  readonly Driver?: string;
  readonly EnableSanityCheck?: boolean;
  readonly SanityCheckArgs?: string;
  readonly JobReservedMinutes?: number;
  readonly JobReservedPolicy?: string;
  readonly EnableCPUAffinity?: boolean;
  readonly DisableEcsStockCheck?: boolean;
  readonly AllowUnschedulableNodes?: boolean;
  readonly EnableDSWDev?: boolean;
  readonly ElasticSpotJobMaxRestartTimes?: number;
  readonly TerminationGracePeriodSeconds?: number;
  readonly Shell?: string;
  readonly DataJuicerConfig?: DataJuicerConfig;
  readonly ModelConfig?: ModelConfig;
}

/** Elastic training parameters (`JobElasticSpec`). */
export interface JobElasticSpec {
  readonly EnableElasticTraining?: boolean;
  readonly MinParallelism?: number;
  readonly MaxParallelism?: number;
  readonly AIMasterType?: string;
  readonly AIMasterDockerImage?: string;
  readonly EnableAIMaster?: boolean;
  readonly EnablePsJobElasticWorker?: boolean;
  readonly EnablePsJobElasticPS?: boolean;
  readonly EnablePsResourceEstimate?: boolean;
  readonly PSMinParallelism?: number;
  readonly PSMaxParallelism?: number;
  readonly ElasticStrategy?: string;
  readonly EnableEDP?: boolean;
  readonly EDPMinParallelism?: number;
  readonly EDPMaxParallelism?: number;
}

/** Temporary credentials handed to the job (`AssumeUserInfo`). AccessKeyId and SecurityToken are secrets. */
export interface AssumeUserInfo {
  readonly AccessKeyId?: string;
  readonly SecurityToken?: string;
  readonly Type?: string;
  readonly Id?: string;
}

/** A role the job assumes (`CredentialRole`). */
export interface CredentialRole {
  readonly RoleArn?: string;
  readonly RoleType?: string;
  readonly AssumeRoleFor?: string;
  readonly Policy?: string;
  readonly AssumeUserInfo?: AssumeUserInfo;
}

/** One injected credential (`CredentialConfigItem`). */
export interface CredentialConfigItem {
  readonly Key?: string;
  readonly Type?: string;
  readonly Roles?: readonly CredentialRole[];
}

/** Credential injection settings (`CredentialConfig`). */
export interface CredentialConfig {
  readonly EnableCredentialInject?: boolean;
  readonly AliyunEnvRoleKey?: string;
  readonly CredentialConfigItems?: readonly CredentialConfigItem[];
}

/** Per-role replica counters (`JobReplicaStatus`). */
export interface JobReplicaStatus {
  readonly Type?: string;
  readonly Active?: number;
  readonly Queuing?: number;
  readonly Dequeued?: number;
  readonly EstimatedPodCount?: number;
  readonly CurrentSpotInstanceType?: string;
  readonly EstimatedResourceConfig?: ResourceConfig;
  readonly EstimatedAutoScalingSpec?: AutoScalingSpec;
}
