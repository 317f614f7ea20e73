/**
 * Fixed vocabularies of the PAI-DLC emulator: statuses, job types and their roles, images, machine
 * shapes and reason codes. Kept apart from generation so the dataset and the query code agree on names.
 */

/** Every job Status the ListJobs page documents, in lifecycle order (the wire list). */
export { PAI_JOB_STATUSES as JOB_STATUSES } from './job.wire';
import type { PaiJobStatus } from './job.wire';

/** A documented job status. */
export type JobStatus = PaiJobStatus;

/** Statuses a job never leaves. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['Succeeded', 'Failed', 'Stopped']);

/** How a job type lays out its roles: one optional leader role and a scalable worker role. */
export interface JobTypeProfile {
  readonly jobType: string;
  readonly leader?: string;
  /** Extra roles some jobs of this type carry (e.g. TF parameter servers). */
  readonly extra?: string;
  readonly worker: string;
  readonly image: string;
  readonly commands: readonly string[];
  readonly profiling: string;
}

const REGISTRY = 'dsw-registry-vpc.cn-hangzhou.cr.aliyuncs.com/pai';

/** The job types the emulator generates (the documented five plus MPIJob and RayJob seen in the console). */
export const JOB_TYPES: readonly JobTypeProfile[] = [
  {
    jobType: 'PyTorchJob',
    leader: 'Master',
    worker: 'Worker',
    image: `${REGISTRY}/pytorch-training:2.3-gpu-py310-cu121-ubuntu22.04`,
    commands: [
      'torchrun --nproc_per_node=8 train.py --config configs/sft.yaml',
      'python /root/code/finetune.py --epochs 3',
    ],
    profiling: 'PyTorchProfiler,PySpy',
  },
  {
    jobType: 'TFJob',
    extra: 'PS',
    worker: 'Worker',
    image: `${REGISTRY}/tensorflow-training:2.14-gpu-py311-cu118-ubuntu22.04`,
    commands: ['python /root/code/mnist.py', 'python train_ctr.py --model deepfm --batch_size 4096'],
    profiling: 'PySpy',
  },
  {
    jobType: 'MPIJob',
    leader: 'Launcher',
    worker: 'Worker',
    image: `${REGISTRY}/horovod-training:0.28-pytorch2.1-gpu-py310-cu121`,
    commands: ['mpirun -np 16 python train_hvd.py', 'horovodrun -np 8 python resnet50.py'],
    profiling: 'PySpy',
  },
  {
    jobType: 'XGBoostJob',
    leader: 'Master',
    worker: 'Worker',
    image: `${REGISTRY}/xgboost-training:1.7-cpu-py310-ubuntu22.04`,
    commands: ['python xgb_train.py --num_round 500', 'python risk_model.py --eval'],
    profiling: '',
  },
  {
    jobType: 'OneFlowJob',
    leader: 'Master',
    worker: 'Worker',
    image: `${REGISTRY}/oneflow-training:0.9-gpu-py38-cu112`,
    commands: ['python3 -m oneflow.distributed.launch train.py'],
    profiling: 'PySpy',
  },
  {
    jobType: 'ElasticBatchJob',
    leader: 'AIMaster',
    worker: 'Worker',
    image: `${REGISTRY}/pytorch-training:2.1-gpu-py310-cu121-ubuntu22.04`,
    commands: ['python batch_inference.py --input oss://datasets/eval --output /mnt/output'],
    profiling: 'PySpy',
  },
  {
    jobType: 'RayJob',
    leader: 'Head',
    worker: 'Worker',
    image: `${REGISTRY}/ray:2.9-py310-gpu`,
    commands: ['python ray_tune.py --num-samples 64', 'ray job submit -- python rllib_train.py'],
    profiling: '',
  },
];

/** A machine shape a replica can request. `ecsSpec` is absent for quota (Lingjun/ACS) resources. */
export interface ResourceShape {
  readonly ecsSpec?: string;
  readonly cpu: number;
  readonly gpu: number;
  readonly memoryGi: number;
  readonly gpuType?: string;
}

/** Pay-as-you-go ECS shapes (public resources). */
export const ECS_SHAPES: readonly ResourceShape[] = [
  { ecsSpec: 'ecs.c6.large', cpu: 2, gpu: 0, memoryGi: 4 },
  { ecsSpec: 'ecs.g6.4xlarge', cpu: 16, gpu: 0, memoryGi: 64 },
  { ecsSpec: 'ecs.gn6i-c4g1.xlarge', cpu: 4, gpu: 1, memoryGi: 15, gpuType: 'Tesla-T4' },
  { ecsSpec: 'ecs.gn6v-c8g1.2xlarge', cpu: 8, gpu: 1, memoryGi: 32, gpuType: 'Tesla-V100-16G' },
  { ecsSpec: 'ecs.gn7i-c32g1.8xlarge', cpu: 32, gpu: 1, memoryGi: 188, gpuType: 'NVIDIA-A10' },
];

/** Shapes requested from a resource quota. */
export const QUOTA_SHAPES: readonly ResourceShape[] = [
  { cpu: 4, gpu: 0, memoryGi: 16 },
  { cpu: 16, gpu: 1, memoryGi: 64, gpuType: 'NVIDIA-A10' },
  { cpu: 48, gpu: 4, memoryGi: 400, gpuType: 'A800-SXM4-80GB' },
  { cpu: 96, gpu: 8, memoryGi: 1600, gpuType: 'A800-SXM4-80GB' },
  { cpu: 128, gpu: 8, memoryGi: 1800, gpuType: 'H800-SXM5-80GB' },
];

/** Final (and per-interval) reasons by status: [ReasonCode, ReasonMessage] alternatives. */
export const STATUS_REASONS: Readonly<Record<JobStatus, readonly (readonly [string, string])[]>> = {
  Creating: [['JobCreating', 'Job is being created.']],
  Queuing: [
    ['JobEnqueued', 'Job is enqueued and waiting for resources.'],
    ['QuotaNotEnough', 'The resource quota is not enough, job is waiting in queue.'],
  ],
  Bidding: [['JobBidding', 'Job is bidding for spot resources.']],
  EnvPreparing: [['JobDequeued', 'Job is dequeued and its environment is being prepared.']],
  SanityChecking: [['SanityCheckRunning', 'Job is running the sanity check on its nodes.']],
  Running: [['JobRunning', 'Job is running.']],
  Restarting: [
    ['JobRestartingByPodFailure', 'Job is restarting because a pod failed.'],
    ['JobRestartingByNodeFault', 'Job is restarting because a node fault was detected.'],
  ],
  Stopping: [['JobStopping', 'Job is being stopped by user.']],
  SucceededReserving: [['JobSucceededReserving', 'Job has succeeded and its pods are reserved.']],
  FailedReserving: [['JobFailedReserving', 'Job has failed and its pods are reserved for debugging.']],
  Succeeded: [['JobSucceeded', 'Job has succeeded.']],
  Failed: [
    ['PodFailed', 'Pod worker-0 exited with code 1: Traceback (most recent call last) RuntimeError.'],
    ['ContainerOOMKilled', 'Container of pod worker-0 was OOMKilled, exit code 137.'],
    ['ImagePullBackOff', 'Failed to pull image: manifest unknown.'],
    ['JobExceededMaxRunningTime', 'Job was terminated after exceeding its max running time.'],
    ['NCCLTimeout', 'NCCL watchdog timeout on rank 3, collective operation timed out.'],
  ],
  Stopped: [
    ['JobStoppedByUser', 'Job is stopped by user.'],
    ['JobStoppedBySystem', 'Job is stopped by system because its workspace quota was reclaimed.'],
  ],
};

/** The GPU driver Lingjun nodes run (JobSpec.Driver, Settings.Driver). */
export const LINGJUN_DRIVER = '535.54.03';

/** Where jobs are submitted from (Settings.Caller). */
export const CALLERS = ['dlc-console', 'local', 'SilkFlow', 'PAI-Studio', 'DSW', 'pai-sdk'] as const;

/** Tag keys and their values (Settings.Tags). */
export const TAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  team: ['nlp', 'cv', 'recsys', 'speech', 'platform'],
  env: ['prod', 'staging', 'dev'],
  project: ['recommandation', 'llm-sft', 'ocr', 'asr', 'ranking'],
  'cost-center': ['cc-1001', 'cc-2002', 'cc-3003'],
};

/** Name stems for DisplayName; combined with a suffix so names repeat across jobs like real ones do. */
export const NAME_STEMS = [
  'tf-mnist-test',
  'llama3-sft',
  'qwen2-pretrain',
  'bert-finetune',
  'resnet50-imagenet',
  'deepfm-ctr',
  'whisper-asr',
  'yolov8-det',
  'xgb-risk-model',
  'ray-tune-hpo',
  'stable-diffusion-lora',
  'job-test',
] as const;
