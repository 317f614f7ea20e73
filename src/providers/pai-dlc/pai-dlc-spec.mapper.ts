// Pure mapping of a job's role specs (JobSpecs) from the wire to the domain. ImageConfig's Password
// and Auth are never read: the domain type has no place for them.
import type {
  PaiAssignNodeSpec,
  PaiAutoScalingSpec,
  PaiContainerSpec,
  PaiExtraPodSpec,
  PaiHyperNodeSpec,
  PaiJobSpec,
  PaiResourceConfig,
  PaiSpotSpec,
} from '../../domain/pai-job-spec';
import type {
  AssignNodeSpec,
  AutoScalingSpec,
  ContainerSpec,
  ExtraPodSpec,
  HyperNodeSpec,
  JobSpec,
  ResourceConfig,
  SpotSpec,
} from './pai-dlc-spec.dto';
import { commaList, flag, num, objects, stringMap, strings, text, wireObject } from './pai-dlc-wire-values';

/** ResourceConfig (also a replica status's EstimatedResourceConfig). */
export function toResourceConfig(value: ResourceConfig | undefined): PaiResourceConfig | null {
  const dto = wireObject(value);
  if (!dto) return null;
  return {
    cpu: text(dto.CPU),
    gpu: text(dto.GPU),
    gpuType: text(dto.GPUType),
    memory: text(dto.Memory),
    sharedMemory: text(dto.SharedMemory),
  };
}

/** AutoScalingSpec (also a replica status's EstimatedAutoScalingSpec). */
export function toAutoScalingSpec(value: AutoScalingSpec | undefined): PaiAutoScalingSpec | null {
  const dto = wireObject(value);
  if (!dto) return null;
  const metric = wireObject(dto.AutoscalingMetricSpec);
  return {
    minReplicas: num(dto.MinReplicas),
    maxReplicas: num(dto.MaxReplicas),
    scalingStrategy: text(dto.ScalingStrategy),
    podsToDelete: strings(dto.PodsToDelete),
    autoscalingMetricSpec: metric && {
      metricName: text(metric.MetricName),
      targetValue: num(metric.TargetValue),
      stabilizationWindowSeconds: num(metric.StabilizationWindowSeconds),
    },
  };
}

function spotSpec(dto: SpotSpec): PaiSpotSpec {
  return {
    spotStrategy: text(dto.SpotStrategy),
    spotDiscountLimit: num(dto.SpotDiscountLimit),
    spotPriceLimit: num(dto.SpotPriceLimit),
  };
}

const hyperNode = (dto: HyperNodeSpec): PaiHyperNodeSpec => ({
  hyperNodeName: text(dto.HyperNodeName),
  nodeNames: commaList(dto.NodeNames),
});

function assignNodeSpec(dto: AssignNodeSpec): PaiAssignNodeSpec {
  return {
    enableAssignNode: flag(dto.EnableAssignNode),
    nodeNames: commaList(dto.NodeNames),
    antiAffinityNodeNames: commaList(dto.AntiAffinityNodeNames),
    hyperNodes: objects(dto.HyperNodes, hyperNode),
    antiAffinityHyperNodes: objects(dto.AntiAffinityHyperNodes, hyperNode),
  };
}

function container(dto: ContainerSpec): PaiContainerSpec {
  const resources = wireObject(dto.Resources);
  return {
    name: text(dto.Name),
    image: text(dto.Image),
    command: strings(dto.Command),
    args: strings(dto.Args),
    workingDir: text(dto.WorkingDir),
    env: objects(dto.Env, (env) => ({
      name: text(env.Name),
      value: typeof env.Value === 'string' ? env.Value : null,
    })),
    resources: resources && { limits: stringMap(resources.Limits), requests: stringMap(resources.Requests) },
  };
}

function extraPodSpec(dto: ExtraPodSpec): PaiExtraPodSpec {
  const lifecycle = wireObject(dto.Lifecycle);
  const security = wireObject(dto.MainContainerSecurityContext);
  const seccomp = wireObject(security?.SeccompProfile);
  return {
    initContainers: objects(dto.InitContainers, container),
    sideCarContainers: objects(dto.SideCarContainers, container),
    podAnnotations: stringMap(dto.PodAnnotations),
    podLabels: stringMap(dto.PodLabels),
    sharedVolumeMountPaths: strings(dto.SharedVolumeMountPaths),
    lifecycle: lifecycle && {
      preStop: strings(wireObject(wireObject(lifecycle.PreStop)?.Exec)?.Command),
      postStart: strings(wireObject(wireObject(lifecycle.PostStart)?.Exec)?.Command),
    },
    mainContainerSecurityContext: security && {
      runAsUser: num(security.RunAsUser),
      runAsGroup: num(security.RunAsGroup),
      seccompProfile: seccomp && {
        type: text(seccomp.Type),
        localhostProfile: text(seccomp.LocalhostProfile),
      },
    },
  };
}

/** One JobSpecs item → the domain role spec. */
export function toJobSpec(dto: JobSpec): PaiJobSpec {
  const image = wireObject(dto.ImageConfig);
  const spot = wireObject(dto.SpotSpec);
  const assign = wireObject(dto.AssignNodeSpec);
  const extra = wireObject(dto.ExtraPodSpec);
  const hyper = wireObject(dto.HyperNodeSchedulingConfig);
  const service = wireObject(dto.ServiceSpec);
  const disk = wireObject(dto.SystemDisk);
  return {
    type: text(dto.Type),
    image: text(dto.Image),
    // Only the registry and user name: Password and Auth are secrets and stay on the wire.
    imageConfig: image && { dockerRegistry: text(image.DockerRegistry), username: text(image.Username) },
    podCount: num(dto.PodCount),
    ecsSpec: text(dto.EcsSpec),
    resourceConfig: toResourceConfig(dto.ResourceConfig),
    useSpotInstance: flag(dto.UseSpotInstance),
    spotSpec: spot && spotSpec(spot),
    elasticSpotSpecs: objects(dto.ElasticSpotSpecs, (item) => ({
      ...spotSpec(item),
      instanceType: text(item.InstanceType),
    })),
    assignNodeSpec: assign && assignNodeSpec(assign),
    autoScalingSpec: toAutoScalingSpec(dto.AutoScalingSpec),
    extraPodSpec: extra && extraPodSpec(extra),
    hyperNodeSchedulingConfig: hyper && {
      minAvailable: num(hyper.MinAvailable),
      qualityPolicy: text(hyper.QualityPolicy),
    },
    localMountSpecs: objects(dto.LocalMountSpecs, (mount) => ({
      localPath: text(mount.LocalPath),
      mountPath: text(mount.MountPath),
      mountMode: text(mount.MountMode),
    })),
    serviceSpec: service && {
      serviceMode: text(service.ServiceMode),
      defaultPort: num(service.DefaultPort),
      extraPorts: num(service.ExtraPorts),
    },
    startupDependencies: objects(dto.StartupDependencies, (dependency) => ({
      type: text(dependency.Type),
      onPhase: text(dependency.OnPhase),
      minReplicas: text(dependency.MinReplicas),
    })),
    isChief: flag(dto.IsChief) ?? flag(dto.IsCheif),
    restartPolicy: text(dto.RestartPolicy),
    considerInSuccessPolicy: flag(dto.ConsiderInSuccessPolicy),
    oversoldType: text(dto.OversoldType),
    quotaId: text(dto.QuotaId),
    driver: text(dto.Driver),
    systemDisk: disk && {
      category: text(disk.Category),
      size: num(disk.Size),
      performanceLevel: text(disk.PerformanceLevel),
    },
  };
}
