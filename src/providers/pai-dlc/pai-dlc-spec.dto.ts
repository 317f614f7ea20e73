/** PAI-DLC 2020-12-03 wire types for job specs and settings, named as the SDK models name them. */

/** Requested resources of one replica (`ResourceConfig`); all values are strings upstream. */
export interface ResourceConfig {
  CPU: string;
  GPU: string;
  GPUType?: string;
  Memory: string;
  SharedMemory?: string;
}

/** Private registry access (`ImageConfig`). The emulator never holds real secrets: values are fake. */
export interface ImageConfig {
  DockerRegistry: string;
  Username: string;
  Password: string;
  Auth: string;
}

/** Spot bidding settings (`SpotSpec`). */
export interface SpotSpec {
  SpotStrategy: string;
  SpotDiscountLimit: number;
  SpotPriceLimit: number;
}

/** Node pinning (`AssignNodeSpec`). */
export interface AssignNodeSpec {
  EnableAssignNode: boolean;
  NodeNames: string;
  AntiAffinityNodeNames: string;
}

/** An environment variable of a container (`EnvVar`). */
export interface EnvVar {
  Name: string;
  Value: string;
}

/** An init or sidecar container (`ContainerSpec`). */
export interface ContainerSpec {
  Name: string;
  Image: string;
  Command: string[];
  Args: string[];
  WorkingDir: string;
  Env: EnvVar[];
  Resources: { Limits: Record<string, string>; Requests: Record<string, string> };
}

/** Extra pod settings (`ExtraPodSpec`). */
export interface ExtraPodSpec {
  InitContainers: ContainerSpec[];
  SideCarContainers: ContainerSpec[];
  PodAnnotations: Record<string, string>;
  PodLabels: Record<string, string>;
  SharedVolumeMountPaths: string[];
  Lifecycle: { PreStop: { Exec: { Command: string[] } }; PostStart: { Exec: { Command: string[] } } };
  MainContainerSecurityContext: {
    RunAsUser: number;
    RunAsGroup: number;
    SeccompProfile: { Type: string; LocalhostProfile: string };
  };
}

/** One role of the job (`JobSpec`): Worker, PS, Master, ... with its image and resources. */
export interface JobSpec {
  Type: string;
  Image: string;
  ImageConfig: ImageConfig;
  PodCount: number;
  EcsSpec?: string;
  ResourceConfig: ResourceConfig;
  UseSpotInstance: boolean;
  SpotSpec: SpotSpec;
  AssignNodeSpec: AssignNodeSpec;
  ExtraPodSpec: ExtraPodSpec;
  IsChief: boolean;
  IsCheif: boolean;
  RestartPolicy: string;
  ConsiderInSuccessPolicy: boolean;
  OversoldType?: string;
  QuotaId?: string;
  Driver?: string;
  SystemDisk?: { Category: string; Size: number };
}

/** Job-level switches (`JobSettings`). */
export interface JobSettings {
  BusinessUserId?: string;
  Caller: string;
  Tags: Record<string, string>;
  PipelineId?: string;
  EnableTideResource: boolean;
  EnableErrorMonitoringInAIMaster: boolean;
  ErrorMonitoringArgs: string;
  EnableRDMA: boolean;
  AllocateAllRDMADevices: boolean;
  EnableOssAppend: boolean;
  OversoldType: string;
  AdvancedSettings: Record<string, string | number | boolean>;
  Driver?: string;
  EnableSanityCheck: boolean;
  SanityCheckArgs?: string;
  JobReservedMinutes: number;
  JobReservedPolicy: string;
  EnableCPUAffinity: boolean;
  DisableEcsStockCheck: boolean;
  AllowUnschedulableNodes: boolean;
  EnableDSWDev: boolean;
  ElasticSpotJobMaxRestartTimes?: number;
  TerminationGracePeriodSeconds: number;
  Shell: string;
}

/** Elastic training parameters (`JobElasticSpec`). */
export interface JobElasticSpec {
  EnableElasticTraining: boolean;
  MinParallelism: number;
  MaxParallelism: number;
  AIMasterType: string;
  AIMasterDockerImage: string;
  EnableAIMaster: boolean;
  EnablePsJobElasticWorker: boolean;
  EnablePsJobElasticPS: boolean;
  EnablePsResourceEstimate: boolean;
  PSMinParallelism: number;
  PSMaxParallelism: number;
  ElasticStrategy: string;
  EnableEDP: boolean;
  EDPMinParallelism: number;
  EDPMaxParallelism: number;
}

/** Temporary credentials handed to the job (`AssumeUserInfo`); always fake in the emulator. */
export interface AssumeUserInfo {
  AccessKeyId: string;
  SecurityToken: string;
  Type: string;
  Id: string;
}

/** Credential injection settings (`CredentialConfig`). */
export interface CredentialConfig {
  EnableCredentialInject: boolean;
  AliyunEnvRoleKey: string;
  CredentialConfigItems: {
    Key: string;
    Type: string;
    Roles: {
      RoleArn: string;
      RoleType: string;
      AssumeRoleFor: string;
      Policy: string;
      AssumeUserInfo: AssumeUserInfo;
    }[];
  }[];
}

/** Per-role replica counters (`JobReplicaStatus`). */
export interface JobReplicaStatus {
  Type: string;
  Active: number;
  Queuing: number;
  Dequeued: number;
  EstimatedPodCount: number;
  CurrentSpotInstanceType?: string;
  EstimatedResourceConfig?: ResourceConfig;
  EstimatedAutoScalingSpec?: { MinReplicas: number; MaxReplicas: number };
}
