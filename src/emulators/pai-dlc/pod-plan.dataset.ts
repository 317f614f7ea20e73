/**
 * The pods of one job and its automatic restarts, derived from the job's timeline. The plan is
 * drawn from a generator keyed by the job id, so it is the same on every page and every GetJob.
 */
import { createPrng, type Prng } from '../shared/prng';
import { TERMINAL_STATUSES } from './vocabulary.dataset';
import type { PaiDirectory } from './directory.dataset';
import type { PaiJobRow } from './pai-dlc.model';

/** One incarnation of a pod. Times are epoch seconds, undefined until they happen. */
export interface PodIncarnation {
  readonly podUid: string;
  readonly status: string;
  readonly subStatus: string;
  readonly ip?: string;
  readonly nodeName?: string;
  readonly create: number;
  readonly start?: number;
  readonly finish?: number;
}

/** A pod: its current incarnation plus the ones that a restart replaced (oldest first). */
export interface PodPlan {
  readonly podId: string;
  readonly type: string;
  readonly current: PodIncarnation;
  readonly history: readonly PodIncarnation[];
}

/** One automatic restart: when, why, and which pods failed. */
export interface RestartPlan {
  readonly occurTime: number;
  /** When the job was Running again, undefined while it is still restarting. */
  readonly recoveredAt?: number;
  readonly reasonCode: string;
  readonly reasonMessage: string;
  readonly level: 'Pod' | 'Job';
  readonly failedPods: readonly { readonly podId: string; readonly nodeName: string }[];
}

/** Pods and restarts of one job. */
export interface JobPlan {
  readonly pods: readonly PodPlan[];
  readonly restarts: readonly RestartPlan[];
}

const uuid = (prng: Prng): string =>
  `${prng.hex(8)}-${prng.hex(4)}-4${prng.hex(3)}-${(8 + prng.int(0, 3)).toString(16)}${prng.hex(3)}-${prng.hex(12)}`;

const podIp = (prng: Prng): string => `10.${prng.int(0, 255)}.${prng.int(0, 255)}.${prng.int(2, 254)}`;

function nodeNameFor(prng: Prng, row: PaiJobRow, directory: PaiDirectory): string {
  const quota = directory.quotas[row.quotaIndex];
  if (quota?.resourceType === 'Lingjun')
    return `lingjun-${quota.clusterId.slice(1, 7)}-${String(prng.int(1, 64)).padStart(3, '0')}`;
  return `cn-hangzhou.192.168.${prng.int(0, 15)}.${prng.int(2, 254)}`;
}

/** What a live pod shows while the job is in a status (pods only exist from EnvPreparing on). */
function liveState(row: PaiJobRow): { status: string; subStatus: string } {
  switch (row.status) {
    case 'EnvPreparing':
      return { status: 'Pending', subStatus: row.subStatus };
    case 'SanityChecking':
      return { status: 'Running', subStatus: 'SanityChecking' };
    case 'Stopping':
      return { status: 'Running', subStatus: 'Terminating' };
    case 'SucceededReserving':
    case 'FailedReserving':
      return { status: 'Running', subStatus: 'Reserving' };
    case 'Succeeded':
      return { status: 'Succeeded', subStatus: '' };
    case 'Failed':
      return { status: 'Failed', subStatus: '' };
    case 'Stopped':
      return { status: 'Stopped', subStatus: '' };
    default:
      return { status: 'Running', subStatus: '' };
  }
}

/** Builds the pods and restarts of `row`; a job that never left the queue has no pods. */
export function planJob(row: PaiJobRow, directory: PaiDirectory, seed: string): JobPlan {
  const envStart = row.transitions.find((t) => t.status === 'EnvPreparing')?.start;
  if (envStart === undefined) return { pods: [], restarts: [] };
  const prng = createPrng(`${seed}/pai-dlc/pods/${row.jobId}`);
  const started = row.transitions.find((t) => t.status === 'SanityChecking' || t.status === 'Running')?.start;
  const finished = row.finishTime >= 0 ? row.finishTime : undefined;
  const live = liveState(row);
  const terminal = TERMINAL_STATUSES.has(row.status);
  const slots = row.roles.flatMap((role) =>
    Array.from({ length: role.podCount }, (_, k) => ({
      podId: `${row.jobId}-${role.type.toLowerCase()}-${k}`,
      type: role.type,
    })),
  );
  const incarnation = (create: number, start: number | undefined): PodIncarnation => ({
    podUid: uuid(prng),
    // A pod that never started is Pending, unless the job is over (e.g. its image could not be pulled).
    status: start === undefined && !terminal ? 'Pending' : live.status,
    subStatus: start === undefined && !terminal ? row.subStatus : live.subStatus,
    create,
    ...(start === undefined ? {} : { start, ip: podIp(prng), nodeName: nodeNameFor(prng, row, directory) }),
  });
  const current = slots.map(() =>
    incarnation(envStart + prng.int(0, 5), started === undefined ? undefined : started - prng.int(1, 10)),
  );
  const history: PodIncarnation[][] = slots.map(() => []);
  const restarts: RestartPlan[] = [];
  row.transitions.forEach((t, i) => {
    if (t.status !== 'Restarting') return;
    const recoveredAt = row.transitions[i + 1]?.start;
    const level = prng.chance(0.3) ? 'Job' : 'Pod';
    const failing = level === 'Job' ? slots.map((_, s) => s) : [prng.int(0, slots.length - 1)];
    const failedPods = failing.map((s) => {
      const old = current[s];
      const slot = slots[s];
      if (!old || !slot) return { podId: '', nodeName: '' };
      history[s]?.push({ ...old, status: 'Failed', subStatus: '', finish: t.start });
      const restartStart = recoveredAt === undefined ? undefined : recoveredAt - prng.int(1, 10);
      current[s] = {
        ...incarnation(t.start + prng.int(1, 20), restartStart),
        ...(recoveredAt === undefined ? { status: 'Pending', subStatus: 'Recreating' } : {}),
      };
      return { podId: slot.podId, nodeName: old.nodeName ?? '' };
    });
    restarts.push({
      occurTime: t.start,
      recoveredAt,
      reasonCode: t.reason[0],
      reasonMessage: t.reason[1],
      level,
      failedPods,
    });
  });
  const pods = slots.map((slot, s): PodPlan => {
    const now = current[s] ?? incarnation(envStart, undefined);
    // The first worker is the one that failed the job; the others were torn down with it.
    const status = row.status === 'Failed' && s > 0 && now.start !== undefined ? 'Stopped' : now.status;
    const finish = finished === undefined ? undefined : finished - (s === 0 ? 1 : 0);
    return {
      podId: slot.podId,
      type: slot.type,
      current: { ...now, status, ...(finish === undefined ? {} : { finish }) },
      history: history[s] ?? [],
    };
  });
  return { pods, restarts };
}
