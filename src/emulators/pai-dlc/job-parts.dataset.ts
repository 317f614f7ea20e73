/** The independent parts of a job draw: placement, roles, tags, name and id time. */
import type { Prng } from '../shared/prng';
import {
  ECS_SHAPES,
  JOB_TYPES,
  NAME_STEMS,
  QUOTA_SHAPES,
  TAG_VALUES,
  type JobStatus,
} from './vocabulary.dataset';
import { randomAlnum, type PaiDirectory } from './directory.dataset';
import type { PaymentType, RoleRow } from './pai-dlc.model';

/** Where a job runs and how it pays. */
export interface JobPlacement {
  readonly workspaceIndex: number;
  readonly quotaIndex: number;
  readonly paymentType: PaymentType;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `yyyyMMddHHmmss` in UTC, as old-style DLC job ids embed the creation time. */
export function compactUtc(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** Picks the workspace, quota and payment type of a job. */
export function drawPlacement(prng: Prng, directory: PaiDirectory, status: JobStatus): JobPlacement {
  const lingjun = directory.quotas.flatMap((q, i) =>
    q.resourceType === 'Lingjun' && (directory.workspaces[q.workspaceIndex]?.weight ?? 0) > 0 ? [i] : [],
  );
  // Bidding exists only for spot jobs on Lingjun resources, so such a job must sit on a Lingjun quota.
  if (status === 'Bidding' && lingjun.length > 0) {
    const quotaIndex = prng.pick(lingjun);
    const workspaceIndex = directory.quotas[quotaIndex]?.workspaceIndex ?? 0;
    return { workspaceIndex, quotaIndex, paymentType: 'Spot' };
  }
  const workspaceIndex = prng.weighted(directory.workspaces.map((w, i) => [i, w.weight] as const));
  const own = directory.quotas.flatMap((q, i) => (q.workspaceIndex === workspaceIndex ? [i] : []));
  if (own.length > 0 && prng.chance(0.8)) {
    const quotaIndex = prng.pick(own);
    const spot = directory.quotas[quotaIndex]?.resourceType === 'Lingjun' && prng.chance(0.1);
    return { workspaceIndex, quotaIndex, paymentType: spot ? 'Spot' : 'PrePaid' };
  }
  return {
    workspaceIndex,
    quotaIndex: -1,
    paymentType: prng.chance(0.1) ? 'Spot' : 'PostPaid',
  };
}

/** Lays out the job's roles (leader, extra, workers) and their shapes. */
export function drawRoles(prng: Prng, jobTypeIndex: number, onQuota: boolean): RoleRow[] {
  const profile = JOB_TYPES[jobTypeIndex] ?? JOB_TYPES[0];
  const shapes = onQuota ? QUOTA_SHAPES : ECS_SHAPES;
  const cpuOnly = profile?.jobType === 'XGBoostJob';
  const workerShape = cpuOnly ? prng.int(0, 1) : prng.int(onQuota ? 1 : 2, shapes.length - 1);
  const roles: RoleRow[] = [];
  if (profile?.leader)
    roles.push({ type: profile.leader, podCount: 1, shapeIndex: cpuOnly ? 0 : workerShape });
  if (profile?.extra && prng.chance(0.4))
    roles.push({ type: profile.extra, podCount: prng.int(1, 2), shapeIndex: 1 });
  const workers = prng.weighted<number>([
    [1, 45],
    [2, 20],
    [4, 15],
    [8, 12],
    [16, 6],
    [32, 2],
  ]);
  roles.push({ type: profile?.worker ?? 'Worker', podCount: workers, shapeIndex: workerShape });
  return roles;
}

/** Draws Settings.Tags (most jobs have one to three). */
export function drawTags(prng: Prng): Record<string, string> {
  const tags: Record<string, string> = {};
  if (!prng.chance(0.7)) return tags;
  const keys = Object.keys(TAG_VALUES);
  const count = prng.int(1, 3);
  for (let i = 0; i < count; i++) {
    const key = prng.pick(keys);
    tags[key] = prng.pick(TAG_VALUES[key] ?? ['']);
  }
  return tags;
}

/** Draws a DisplayName from the stems, sometimes upper-cased. */
export function drawName(prng: Prng): string {
  const stem = prng.pick(NAME_STEMS);
  // Some users type names in other cases; the DisplayName filter must still find them.
  const shown = prng.chance(0.1) ? stem.toUpperCase() : stem;
  const suffix = prng.weighted<string>([
    [`v${prng.int(1, 40)}`, 4],
    [randomAlnum(prng, 4), 3],
    [`run${prng.int(1, 500)}`, 3],
    ['', 1],
  ]);
  return suffix ? `${shown}-${suffix}` : shown;
}
