/**
 * Draws one compact job row. Every choice comes from the job's own forked generator, so a job does
 * not change when another job's generation changes.
 */
import type { Prng } from '../shared/prng';
import { CALLERS, ECS_SHAPES, JOB_TYPES, QUOTA_SHAPES, type JobStatus } from './vocabulary.dataset';
import { randomAlnum, type PaiDirectory } from './directory.dataset';
import { generateLifecycle } from './job-lifecycle.dataset';
import { deriveTimes, type PaiJobRow } from './pai-dlc.model';
import { compactUtc, drawName, drawPlacement, drawRoles, drawTags } from './job-parts.dataset';
import type { PaiPools } from './pools.dataset';

/** What a job is drawn from besides its generator. */
export interface JobDrawContext {
  readonly directory: PaiDirectory;
  readonly pools: PaiPools;
  /** Epoch seconds all times are relative to. */
  readonly now: number;
}

const SUB_STATUS: Partial<Record<JobStatus, readonly string[]>> = {
  Queuing: ['QuotaQueuing', 'WaitingForResources'],
  EnvPreparing: ['ImagePulling', 'DataMounting'],
  Restarting: ['PodsRecreating'],
  Stopping: ['Terminating'],
  SucceededReserving: ['Reserving'],
  FailedReserving: ['Reserving'],
};

/** Draws job `ordinal`; `forced` pins its status and type so a small dataset holds every value. */
export function drawJobRow(
  prng: Prng,
  context: JobDrawContext,
  forced: { status?: JobStatus; jobTypeIndex?: number },
): PaiJobRow {
  const { directory, pools } = context;
  const status =
    forced.status ??
    prng.weighted<JobStatus>([
      ['Succeeded', 40],
      ['Failed', 14],
      ['Stopped', 10],
      ['Running', 12],
      ['Queuing', 5],
      ['Creating', 1],
      ['Bidding', 1],
      ['EnvPreparing', 3],
      ['SanityChecking', 1],
      ['Restarting', 2],
      ['Stopping', 1],
      ['SucceededReserving', 2],
      ['FailedReserving', 2],
    ]);
  const jobTypeIndex =
    forced.jobTypeIndex ?? prng.weighted(([45, 15, 8, 8, 3, 8, 8] as const).map((w, i) => [i, w] as const));
  const placement = drawPlacement(prng, directory, status);
  const quota = directory.quotas[placement.quotaIndex];
  const onLingjun = quota?.resourceType === 'Lingjun';
  const reservedPolicy =
    status === 'SucceededReserving'
      ? 'Always'
      : status === 'FailedReserving'
        ? prng.pick(['Always', 'OnFailure'])
        : prng.weighted<string>([
            ['Never', 8],
            ['Always', 1],
            ['OnFailure', 1],
          ]);
  const reservedMinutes = reservedPolicy === 'Never' ? 0 : prng.pick([30, 60]);
  const enableSanityCheck = status === 'SanityChecking' || (onLingjun && prng.chance(0.4));
  const lifecycle = generateLifecycle(
    prng,
    status,
    {
      bidding: placement.paymentType === 'Spot' && onLingjun,
      sanityCheck: enableSanityCheck,
      reserveOnSuccess: reservedPolicy === 'Always',
      reserveOnFailure: reservedPolicy !== 'Never',
      reservedMinutes,
    },
    context.now,
  );
  const times = deriveTimes(lifecycle.transitions, context.now);
  const last = lifecycle.transitions[lifecycle.transitions.length - 1];
  const roles = drawRoles(prng, jobTypeIndex, quota !== undefined);
  const shapes = quota ? QUOTA_SHAPES : ECS_SHAPES;
  const total = (pick: (s: (typeof shapes)[number]) => number): number =>
    roles.reduce(
      (sum, r) => sum + r.podCount * pick(shapes[r.shapeIndex] ?? { cpu: 0, gpu: 0, memoryGi: 0 }),
      0,
    );
  const profile = JOB_TYPES[jobTypeIndex];
  const caller = prng.weighted(CALLERS.map((c, i) => [c, [40, 10, 10, 15, 15, 10][i] ?? 1] as const));
  const fromPipeline = caller === 'SilkFlow' || caller === 'PAI-Studio';
  const template = prng.chance(0.15) ? prng.pick(pools.templates) : undefined;
  const oversoldType = quota
    ? prng.weighted([
        ['ForbiddenQuotaOverSold', 6],
        ['ForceQuotaOverSold', 1],
        ['AcceptQuotaOverSold', 3],
      ] as const)
    : 'ForbiddenQuotaOverSold';
  const maxRestarts = Math.max(lifecycle.restarts, prng.pick([0, 3, 5, 10]));
  const userIndex = prng.weighted(directory.users.map((_, i) => [i, i === 0 ? 6 : i === 3 ? 4 : 2] as const));
  const displayName = drawName(prng);
  return {
    jobId: `dlc-${compactUtc(times.createTime)}-${randomAlnum(prng, 13)}`,
    displayName,
    jobTypeIndex,
    jobType: profile?.jobType ?? 'PyTorchJob',
    status,
    subStatus: SUB_STATUS[status] ? prng.pick(SUB_STATUS[status] ?? ['']) : '',
    reasonCode: last?.reason[0] ?? '',
    reasonMessage: last?.reason[1] ?? '',
    workspaceIndex: placement.workspaceIndex,
    quotaIndex: placement.quotaIndex,
    userIndex,
    accessibility: prng.chance(0.35) ? 'PRIVATE' : 'PUBLIC',
    priority: quota
      ? prng.weighted<number>([
          [1, 6],
          [3, 2],
          [5, 2],
          [7, 1],
          [9, 1],
        ])
      : 1,
    paymentType: placement.paymentType,
    transitions: lifecycle.transitions,
    restarts: lifecycle.restarts,
    maxRestarts,
    ...times,
    roles,
    requestCPU: total((s) => s.cpu),
    requestGPU: total((s) => s.gpu),
    requestMemoryGi: total((s) => s.memoryGi),
    nodeCount: roles.reduce((sum, r) => sum + r.podCount, 0),
    image: prng.chance(0.2)
      ? `registry.cn-hangzhou.aliyuncs.com/${directory.workspaces[placement.workspaceIndex]?.workspaceName ?? 'team'}/custom-train:${prng.int(1, 9)}.${prng.int(0, 9)}`
      : (profile?.image ?? ''),
    userCommand: prng.pick(profile?.commands ?? ['python train.py']),
    description: prng.chance(0.6) ? `${displayName} submitted from ${caller}` : '',
    tags: drawTags(prng),
    caller,
    businessUserId: fromPipeline && prng.chance(0.6) ? prng.pick(pools.businessUserIds) : '',
    pipelineId: fromPipeline ? prng.pick(pools.pipelineIds) : '',
    templateId: template?.templateId ?? '',
    templateName: template?.templateName ?? '',
    oversoldType,
    useOversoldResource:
      oversoldType === 'ForceQuotaOverSold' || (oversoldType === 'AcceptQuotaOverSold' && prng.chance(0.5)),
    enableAssignNode: onLingjun && prng.chance(0.1),
    enableSanityCheck,
    reservedMinutes,
    reservedPolicy,
    maxRunningMinutes: prng.weighted<number>([
      [0, 7],
      [1440, 1],
      [4320, 1],
      [10080, 1],
    ]),
  };
}
