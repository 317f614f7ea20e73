/**
 * The per-role specs of a PAI-DLC job (JobSpecs) and their parts. Absent scalars are null, absent
 * lists empty, absent maps empty objects. Registry secrets (ImageConfig Password and Auth) have no
 * field here, so they cannot be exposed.
 */

/** Requested resources of one replica; Kubernetes-style quantities exactly as PAI sends them. */
export interface PaiResourceConfig {
  /** vCPUs, e.g. "10". */
  readonly cpu: string | null;
  /** GPUs, e.g. "3". */
  readonly gpu: string | null;
  /** GPU model, e.g. "Tesla-V100-16G". */
  readonly gpuType: string | null;
  /** E.g. "10Gi". */
  readonly memory: string | null;
  readonly sharedMemory: string | null;
}

/** The registry an image is pulled from, without its credentials. */
export interface PaiImageConfig {
  readonly dockerRegistry: string | null;
  readonly username: string | null;
}

/** Spot bidding settings of a role. */
export interface PaiSpotSpec {
  readonly spotStrategy: string | null;
  readonly spotDiscountLimit: number | null;
  readonly spotPriceLimit: number | null;
}

/** One spot instance type a role may use. */
export interface PaiElasticSpotSpec extends PaiSpotSpec {
  readonly instanceType: string | null;
}

/** A hyper node and the nodes in it. */
export interface PaiHyperNodeSpec {
  readonly hyperNodeName: string | null;
  /** The wire's comma-separated NodeNames, split. */
  readonly nodeNames: readonly string[];
}

/** Node pinning of a role; node name lists are the wire's comma-separated strings, split. */
export interface PaiAssignNodeSpec {
  readonly enableAssignNode: boolean | null;
  readonly nodeNames: readonly string[];
  readonly antiAffinityNodeNames: readonly string[];
  readonly hyperNodes: readonly PaiHyperNodeSpec[];
  readonly antiAffinityHyperNodes: readonly PaiHyperNodeSpec[];
}

/** The metric an autoscaler follows. */
export interface PaiAutoscalingMetricSpec {
  readonly metricName: string | null;
  readonly targetValue: number | null;
  readonly stabilizationWindowSeconds: number | null;
}

/** Replica autoscaling of a role. */
export interface PaiAutoScalingSpec {
  readonly minReplicas: number | null;
  readonly maxReplicas: number | null;
  readonly scalingStrategy: string | null;
  readonly podsToDelete: readonly string[];
  readonly autoscalingMetricSpec: PaiAutoscalingMetricSpec | null;
}

/** A name/value environment variable of a container. */
export interface PaiEnvVar {
  readonly name: string | null;
  readonly value: string | null;
}

/** An init or sidecar container. */
export interface PaiContainerSpec {
  readonly name: string | null;
  readonly image: string | null;
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly workingDir: string | null;
  readonly env: readonly PaiEnvVar[];
  readonly resources: {
    readonly limits: Readonly<Record<string, string>>;
    readonly requests: Readonly<Record<string, string>>;
  } | null;
}

/** The main container's lifecycle hooks: the command each one execs (empty when none). */
export interface PaiLifecycle {
  readonly preStop: readonly string[];
  readonly postStart: readonly string[];
}

/** The main container's security context. */
export interface PaiSecurityContext {
  readonly runAsUser: number | null;
  readonly runAsGroup: number | null;
  readonly seccompProfile: { readonly type: string | null; readonly localhostProfile: string | null } | null;
}

/** Extra pod settings of a role. */
export interface PaiExtraPodSpec {
  readonly initContainers: readonly PaiContainerSpec[];
  readonly sideCarContainers: readonly PaiContainerSpec[];
  readonly podAnnotations: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly sharedVolumeMountPaths: readonly string[];
  readonly lifecycle: PaiLifecycle | null;
  readonly mainContainerSecurityContext: PaiSecurityContext | null;
}

/** Hyper node gang scheduling. */
export interface PaiHyperNodeSchedulingConfig {
  readonly minAvailable: number | null;
  readonly qualityPolicy: string | null;
}

/** A node-local path mounted into the pods. */
export interface PaiLocalMountSpec {
  readonly localPath: string | null;
  readonly mountPath: string | null;
  readonly mountMode: string | null;
}

/** Ports a role exposes. */
export interface PaiServiceSpec {
  readonly serviceMode: string | null;
  readonly defaultPort: number | null;
  readonly extraPorts: number | null;
}

/** A role that must reach a phase before this one starts. */
export interface PaiStartupDependency {
  readonly type: string | null;
  readonly onPhase: string | null;
  /** As sent: a string. */
  readonly minReplicas: string | null;
}

/** A role's system disk. */
export interface PaiSystemDisk {
  readonly category: string | null;
  /** GiB. */
  readonly size: number | null;
  readonly performanceLevel: string | null;
}

/** One role of a job (Worker, PS, Master, ...) with its image and resources. */
export interface PaiJobSpec {
  readonly type: string | null;
  readonly image: string | null;
  readonly imageConfig: PaiImageConfig | null;
  readonly podCount: number | null;
  readonly ecsSpec: string | null;
  readonly resourceConfig: PaiResourceConfig | null;
  readonly useSpotInstance: boolean | null;
  readonly spotSpec: PaiSpotSpec | null;
  readonly elasticSpotSpecs: readonly PaiElasticSpotSpec[];
  readonly assignNodeSpec: PaiAssignNodeSpec | null;
  readonly autoScalingSpec: PaiAutoScalingSpec | null;
  readonly extraPodSpec: PaiExtraPodSpec | null;
  readonly hyperNodeSchedulingConfig: PaiHyperNodeSchedulingConfig | null;
  readonly localMountSpecs: readonly PaiLocalMountSpec[];
  readonly serviceSpec: PaiServiceSpec | null;
  readonly startupDependencies: readonly PaiStartupDependency[];
  /** IsChief, or its misspelt SDK twin IsCheif when only that one is sent. */
  readonly isChief: boolean | null;
  readonly restartPolicy: string | null;
  readonly considerInSuccessPolicy: boolean | null;
  readonly oversoldType: string | null;
  readonly quotaId: string | null;
  /** GPU driver version. */
  readonly driver: string | null;
  readonly systemDisk: PaiSystemDisk | null;
}
