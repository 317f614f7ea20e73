/**
 * Job-level settings of a PAI-DLC job: Settings, ElasticSpec, CredentialConfig and the per-role
 * replica counters. Absent scalars are null, absent lists empty, absent maps empty objects. Injected
 * temporary credentials (AssumeUserInfo AccessKeyId and SecurityToken) have no field here, so they
 * cannot be exposed.
 */
import type { PaiAutoScalingSpec, PaiResourceConfig } from './pai-job-spec';

/** Data-Juicer job settings. */
export interface PaiDataJuicerConfig {
  /** `shell` or `config`. */
  readonly commandType: string | null;
  /** `standalone` or `distributed`. */
  readonly executionMode: string | null;
  readonly enableResourceEstimation: boolean | null;
  readonly resourceLimit: {
    readonly cpu: string | null;
    readonly gpu: string | null;
    readonly memory: string | null;
  } | null;
}

/** Job-level switches (`Settings`). */
export interface PaiJobSettings {
  readonly businessUserId: string | null;
  readonly caller: string | null;
  readonly tags: Readonly<Record<string, string>>;
  readonly pipelineId: string | null;
  readonly enableTideResource: boolean | null;
  readonly enableErrorMonitoringInAiMaster: boolean | null;
  readonly errorMonitoringArgs: string | null;
  readonly enableRdma: boolean | null;
  readonly allocateAllRdmaDevices: boolean | null;
  readonly enableOssAppend: boolean | null;
  readonly oversoldType: string | null;
  /** Free-form: values of any JSON type, as sent. */
  readonly advancedSettings: Readonly<Record<string, unknown>>;
  /** GPU driver version. */
  readonly driver: string | null;
  readonly enableSanityCheck: boolean | null;
  readonly sanityCheckArgs: string | null;
  readonly jobReservedMinutes: number | null;
  readonly jobReservedPolicy: string | null;
  readonly enableCpuAffinity: boolean | null;
  readonly disableEcsStockCheck: boolean | null;
  readonly allowUnschedulableNodes: boolean | null;
  readonly enableDswDev: boolean | null;
  readonly elasticSpotJobMaxRestartTimes: number | null;
  readonly terminationGracePeriodSeconds: number | null;
  readonly shell: string | null;
  readonly dataJuicerConfig: PaiDataJuicerConfig | null;
  readonly modelConfig: { readonly modelName: string | null } | null;
}

/** Elastic training parameters (`ElasticSpec`). */
export interface PaiJobElasticSpec {
  readonly enableElasticTraining: boolean | null;
  readonly minParallelism: number | null;
  readonly maxParallelism: number | null;
  readonly aiMasterType: string | null;
  readonly aiMasterDockerImage: string | null;
  readonly enableAiMaster: boolean | null;
  readonly enablePsJobElasticWorker: boolean | null;
  readonly enablePsJobElasticPs: boolean | null;
  readonly enablePsResourceEstimate: boolean | null;
  readonly psMinParallelism: number | null;
  readonly psMaxParallelism: number | null;
  readonly elasticStrategy: string | null;
  readonly enableEdp: boolean | null;
  readonly edpMinParallelism: number | null;
  readonly edpMaxParallelism: number | null;
}

/** Who a role's temporary credentials were issued to; the credentials themselves are never kept. */
export interface PaiAssumeUserInfo {
  readonly type: string | null;
  readonly id: string | null;
}

/** A RAM role the job assumes. */
export interface PaiCredentialRole {
  readonly roleArn: string | null;
  readonly roleType: string | null;
  readonly assumeRoleFor: string | null;
  readonly policy: string | null;
  readonly assumeUserInfo: PaiAssumeUserInfo | null;
}

/** One injected credential. */
export interface PaiCredentialConfigItem {
  readonly key: string | null;
  readonly type: string | null;
  readonly roles: readonly PaiCredentialRole[];
}

/** Credential injection settings (`CredentialConfig`), without any key or token. */
export interface PaiCredentialConfig {
  readonly enableCredentialInject: boolean | null;
  readonly aliyunEnvRoleKey: string | null;
  readonly credentialConfigItems: readonly PaiCredentialConfigItem[];
}

/** Replica counters of one role (`JobReplicaStatuses` item). */
export interface PaiJobReplicaStatus {
  readonly type: string | null;
  readonly active: number | null;
  readonly queuing: number | null;
  readonly dequeued: number | null;
  readonly estimatedPodCount: number | null;
  readonly currentSpotInstanceType: string | null;
  readonly estimatedResourceConfig: PaiResourceConfig | null;
  readonly estimatedAutoScalingSpec: PaiAutoScalingSpec | null;
}
