/**
 * The JobSpecs of a job (one per role), built from its row and details.
 * Filterable values (tags, caller, pipeline, oversold type, assigned nodes) come from the row, so the
 * wire always agrees with what the ListJobs filters matched.
 */
import { ECS_SHAPES, JOB_TYPES, LINGJUN_DRIVER, QUOTA_SHAPES } from './vocabulary.dataset';
import type { JobDetail } from './job-detail.dataset';
import type { PaiDirectory } from './directory.dataset';
import type { PaiJobRow, RoleRow } from './pai-dlc.model';
import type { ContainerSpec, ExtraPodSpec, JobSpec } from './job-spec.wire';

function extraPodSpec(row: PaiJobRow, detail: JobDetail): ExtraPodSpec {
  const init: ContainerSpec[] = detail.initContainer
    ? [
        {
          Name: 'data-init',
          Image: 'registry.cn-hangzhou.aliyuncs.com/pai-dlc/curl:v1.0.0',
          Command: ['sh', '-c', 'curl -sf http://metadata/ready'],
          Args: [],
          WorkingDir: '/root',
          Env: [{ Name: 'ENABLE_DEBUG', Value: 'false' }],
          Resources: { Limits: { cpu: '1', memory: '1Gi' }, Requests: { cpu: '500m', memory: '512Mi' } },
        },
      ]
    : [];
  return {
    InitContainers: init,
    SideCarContainers: [],
    PodAnnotations: {},
    PodLabels: { 'pai.aliyun.com/job-id': row.jobId },
    SharedVolumeMountPaths: row.nodeCount > 1 ? ['/root/share/'] : [],
    Lifecycle: { PreStop: { Exec: { Command: [] } }, PostStart: { Exec: { Command: [] } } },
    MainContainerSecurityContext: {
      RunAsUser: 0,
      RunAsGroup: 0,
      SeccompProfile: { Type: 'RuntimeDefault', LocalhostProfile: '' },
    },
  };
}

function jobSpec(row: PaiJobRow, role: RoleRow, directory: PaiDirectory, detail: JobDetail): JobSpec {
  const quota = directory.quotas[row.quotaIndex];
  const shape = (quota ? QUOTA_SHAPES : ECS_SHAPES)[role.shapeIndex] ?? { cpu: 1, gpu: 0, memoryGi: 2 };
  const custom = !row.image.startsWith('dsw-registry');
  const spot = row.paymentType === 'Spot';
  const leader = JOB_TYPES[row.jobTypeIndex]?.leader === role.type;
  return {
    Type: role.type,
    Image: row.image,
    // Private registries need credentials; the emulator only ever shows masked, fake ones.
    ImageConfig: custom
      ? {
          DockerRegistry: 'registry.cn-hangzhou.aliyuncs.com',
          Username: 'emulator-registry-user',
          Password: '******',
          Auth: '',
        }
      : { DockerRegistry: '', Username: '', Password: '', Auth: '' },
    PodCount: role.podCount,
    ...(shape.ecsSpec ? { EcsSpec: shape.ecsSpec } : {}),
    ResourceConfig: {
      CPU: String(shape.cpu),
      GPU: String(shape.gpu),
      Memory: `${shape.memoryGi}Gi`,
      SharedMemory: `${Math.max(1, Math.floor(shape.memoryGi / 4))}Gi`,
      ...(shape.gpuType ? { GPUType: shape.gpuType } : {}),
    },
    UseSpotInstance: spot,
    SpotSpec: spot
      ? { SpotStrategy: 'SpotWithPriceLimit', SpotDiscountLimit: 0.5, SpotPriceLimit: 0 }
      : { SpotStrategy: '', SpotDiscountLimit: 0, SpotPriceLimit: 0 },
    AssignNodeSpec: {
      EnableAssignNode: row.enableAssignNode,
      NodeNames:
        row.enableAssignNode && quota
          ? `lingjun-${quota.clusterId.slice(1, 7)}-001,lingjun-${quota.clusterId.slice(1, 7)}-002`
          : '',
      AntiAffinityNodeNames: '',
    },
    ExtraPodSpec: extraPodSpec(row, detail),
    IsChief: leader,
    IsCheif: leader,
    RestartPolicy: row.maxRestarts > 0 ? 'OnFailure' : 'Never',
    ConsiderInSuccessPolicy: !leader,
    ...(quota ? { OversoldType: row.oversoldType, QuotaId: quota.resourceId } : {}),
    ...(quota?.resourceType === 'Lingjun'
      ? { Driver: LINGJUN_DRIVER }
      : { SystemDisk: { Category: 'cloud_essd', Size: 100 } }),
  };
}

/** The job's JobSpecs, one per role. */
export function buildJobSpecs(row: PaiJobRow, directory: PaiDirectory, detail: JobDetail): JobSpec[] {
  return row.roles.map((role) => jobSpec(row, role, directory, detail));
}
