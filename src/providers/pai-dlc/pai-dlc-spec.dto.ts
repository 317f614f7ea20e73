// PAI-DLC 2020-12-03 wire types of a job's role specs (JobSpec and its parts) as the client reads them (the
// emulator declares its own), named as the SDK models name them
// (../shared/specs/alibaba/pai-dlc-2020-12-03.md; shapes the field tables leave unexpanded follow the seed
// example and the SDK model classes). The SDK declares every member optional and so does this file: the
// mapper tolerates any of them missing.

/** Requested resources of one replica (`ResourceConfig`); all values are strings upstream. */
export interface ResourceConfig {
  readonly CPU?: string;
  readonly GPU?: string;
  readonly GPUType?: string;
  /** E.g. `10Gi`. */
  readonly Memory?: string;
  readonly SharedMemory?: string;
}

/** Private registry access (`ImageConfig`). Password and Auth are secrets: they never leave the mapper. */
export interface ImageConfig {
  readonly DockerRegistry?: string;
  readonly Username?: string;
  readonly Password?: string;
  readonly Auth?: string;
}

/** Spot bidding settings (`SpotSpec`). */
export interface SpotSpec {
  readonly SpotStrategy?: string;
  readonly SpotDiscountLimit?: number;
  readonly SpotPriceLimit?: number;
}

/** A hyper node and its nodes (`HyperNodeSpec`). */
export interface HyperNodeSpec {
  readonly HyperNodeName?: string;
  /** Comma-separated node names. */
  readonly NodeNames?: string;
}

/** Node pinning (`AssignNodeSpec`). */
export interface AssignNodeSpec {
  readonly EnableAssignNode?: boolean;
  /** Comma-separated node names. */
  readonly NodeNames?: string;
  /** Comma-separated node names. */
  readonly AntiAffinityNodeNames?: string;
  readonly HyperNodes?: readonly HyperNodeSpec[];
  readonly AntiAffinityHyperNodes?: readonly HyperNodeSpec[];
}

/** An environment variable of a container (`EnvVar`). */
export interface EnvVar {
  readonly Name?: string;
  readonly Value?: string;
}

/** Kubernetes-style resource limits and requests (`ResourceRequirements`). */
export interface ResourceRequirements {
  readonly Limits?: Readonly<Record<string, string>>;
  readonly Requests?: Readonly<Record<string, string>>;
}

/** An init or sidecar container (`ContainerSpec`). */
export interface ContainerSpec {
  readonly Name?: string;
  readonly Image?: string;
  readonly Command?: readonly string[];
  readonly Args?: readonly string[];
  readonly WorkingDir?: string;
  readonly Env?: readonly EnvVar[];
  readonly Resources?: ResourceRequirements;
}

/** A container lifecycle hook: the command to exec. */
export interface LifecycleHook {
  readonly Exec?: { readonly Command?: readonly string[] };
}

/** The main container's lifecycle hooks (`Lifecycle`). */
export interface Lifecycle {
  readonly PreStop?: LifecycleHook;
  readonly PostStart?: LifecycleHook;
}

/** The main container's security context (seed example). */
export interface MainContainerSecurityContext {
  readonly RunAsUser?: number;
  readonly RunAsGroup?: number;
  readonly SeccompProfile?: { readonly Type?: string; readonly LocalhostProfile?: string };
}

/** Extra pod settings (`ExtraPodSpec`). */
export interface ExtraPodSpec {
  readonly InitContainers?: readonly ContainerSpec[];
  readonly SideCarContainers?: readonly ContainerSpec[];
  readonly PodAnnotations?: Readonly<Record<string, string>>;
  readonly PodLabels?: Readonly<Record<string, string>>;
  readonly SharedVolumeMountPaths?: readonly string[];
  readonly Lifecycle?: Lifecycle;
  readonly MainContainerSecurityContext?: MainContainerSecurityContext;
}

/** The metric an autoscaler follows (`AutoscalingMetricSpec`). */
export interface AutoscalingMetricSpec {
  readonly MetricName?: string;
  readonly TargetValue?: number;
  readonly StabilizationWindowSeconds?: number;
}

/** Replica autoscaling of a role (`AutoScalingSpec`). */
export interface AutoScalingSpec {
  readonly MinReplicas?: number;
  readonly MaxReplicas?: number;
  readonly ScalingStrategy?: string;
  readonly PodsToDelete?: readonly string[];
  readonly AutoscalingMetricSpec?: AutoscalingMetricSpec;
}

/** One spot instance type a role may use (`ElasticSpotSpec`). */
export interface ElasticSpotSpec {
  readonly InstanceType?: string;
  readonly SpotStrategy?: string;
  readonly SpotDiscountLimit?: number;
  readonly SpotPriceLimit?: number;
}

/** Hyper node gang scheduling (`HyperNodeSchedulingConfig`). */
export interface HyperNodeSchedulingConfig {
  readonly MinAvailable?: number;
  readonly QualityPolicy?: string;
}

/** A node-local path mounted into the pods (`LocalMountSpec`). */
export interface LocalMountSpec {
  readonly LocalPath?: string;
  readonly MountPath?: string;
  readonly MountMode?: string;
}

/** Ports a role exposes (`ServiceSpec`). */
export interface ServiceSpec {
  readonly ServiceMode?: string;
  readonly DefaultPort?: number;
  readonly ExtraPorts?: number;
}

/** A role that must reach a phase before this one starts (`StartupDependency`). */
export interface StartupDependency {
  readonly Type?: string;
  readonly OnPhase?: string;
  readonly MinReplicas?: string;
}

/** A role's system disk (`SystemDisk`). */
export interface SystemDisk {
  readonly Category?: string;
  readonly Size?: number;
  readonly PerformanceLevel?: string;
}

/** One role of the job (`JobSpec`): Worker, PS, Master, ... with its image and resources. */
export interface JobSpec {
  readonly Type?: string;
  readonly Image?: string;
  readonly ImageConfig?: ImageConfig;
  readonly PodCount?: number;
  readonly EcsSpec?: string;
  readonly ResourceConfig?: ResourceConfig;
  readonly UseSpotInstance?: boolean;
  readonly SpotSpec?: SpotSpec;
  readonly ElasticSpotSpecs?: readonly ElasticSpotSpec[];
  readonly AssignNodeSpec?: AssignNodeSpec;
  readonly AutoScalingSpec?: AutoScalingSpec;
  readonly ExtraPodSpec?: ExtraPodSpec;
  readonly HyperNodeSchedulingConfig?: HyperNodeSchedulingConfig;
  readonly LocalMountSpecs?: readonly LocalMountSpec[];
  readonly ServiceSpec?: ServiceSpec;
  readonly StartupDependencies?: readonly StartupDependency[];
  readonly IsChief?: boolean;
  /** The SDK keeps this misspelt twin of IsChief. */
  readonly IsCheif?: boolean;
  readonly RestartPolicy?: string;
  readonly ConsiderInSuccessPolicy?: boolean;
  readonly OversoldType?: string;
  readonly QuotaId?: string;
  readonly Driver?: string;
  readonly SystemDisk?: SystemDisk;
}
