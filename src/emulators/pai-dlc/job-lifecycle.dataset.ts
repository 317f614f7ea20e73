/**
 * A job's status timeline: the path of statuses that ends in its current Status, with interval
 * lengths drawn to look like real training jobs. Every time field of a job is derived from this, so
 * StatusHistory, the Gmt*Time fields, Duration and the pods always agree.
 */
import type { Prng } from '../shared/prng';
import { STATUS_REASONS, TERMINAL_STATUSES, type JobStatus } from './vocabulary.dataset';

/** One interval of the timeline: it starts at `start` (epoch s) and ends where the next one starts. */
export interface Transition {
  readonly status: JobStatus;
  readonly start: number;
  readonly reason: readonly [string, string];
}

/** What shapes the path besides the final status. */
export interface LifecycleOptions {
  /** Spot job on Lingjun: passes through Bidding. */
  readonly bidding: boolean;
  readonly sanityCheck: boolean;
  /** Succeeded jobs pass through SucceededReserving first when pods are reserved on success. */
  readonly reserveOnSuccess: boolean;
  readonly reserveOnFailure: boolean;
  readonly reservedMinutes: number;
}

/** The timeline plus the number of automatic restarts it contains. */
export interface Lifecycle {
  readonly transitions: readonly Transition[];
  readonly restarts: number;
}

const DAY = 86_400;

const logUniform = (prng: Prng, min: number, max: number): number =>
  Math.round(Math.exp(Math.log(min) + prng.next() * (Math.log(max) - Math.log(min))));

function intervalLength(prng: Prng, status: JobStatus, options: LifecycleOptions): number {
  switch (status) {
    case 'Creating':
      return prng.int(1, 8);
    case 'Queuing':
      return prng.chance(0.8) ? prng.int(3, 120) : logUniform(prng, 120, 6 * 3600);
    case 'Bidding':
      return logUniform(prng, 60, 3600);
    case 'EnvPreparing':
      return logUniform(prng, 20, 600);
    case 'SanityChecking':
      return prng.int(60, 300);
    case 'Running':
      return logUniform(prng, 300, 2 * DAY);
    case 'Restarting':
      return prng.int(30, 300);
    case 'Stopping':
      return prng.int(5, 60);
    case 'SucceededReserving':
    case 'FailedReserving':
      return options.reservedMinutes * 60;
    default:
      return 0;
  }
}

function planPath(prng: Prng, final: JobStatus, options: LifecycleOptions, restarts: number): JobStatus[] {
  const path: JobStatus[] = ['Creating'];
  if (final === 'Creating') return path;
  path.push('Queuing');
  if (final === 'Queuing') return path;
  // Some jobs are stopped while still waiting for resources, some fail while pulling their image.
  if ((final === 'Stopped' || final === 'Stopping') && prng.chance(0.2)) {
    return final === 'Stopped' ? [...path, 'Stopping', 'Stopped'] : [...path, 'Stopping'];
  }
  if (options.bidding || final === 'Bidding') path.push('Bidding');
  if (final === 'Bidding') return path;
  path.push('EnvPreparing');
  if (final === 'EnvPreparing') return path;
  if (final === 'Failed' && prng.chance(0.15)) return [...path, 'Failed'];
  if (options.sanityCheck || final === 'SanityChecking') path.push('SanityChecking');
  if (final === 'SanityChecking') return path;
  path.push('Running');
  for (let r = 0; r < restarts; r++) path.push('Restarting', 'Running');
  if (final === 'Running') return path;
  if (final === 'Restarting') return [...path.slice(0, -1)];
  if (final === 'Succeeded' && options.reserveOnSuccess) path.push('SucceededReserving');
  if (final === 'Failed' && options.reserveOnFailure) path.push('FailedReserving');
  if (final === 'Stopped') path.push('Stopping');
  path.push(final);
  return path;
}

/**
 * Draws a timeline ending in `final`. Active jobs end at `now` (their last interval is still open);
 * finished ones end anywhere in the 30 days before `now`.
 */
export function generateLifecycle(
  prng: Prng,
  final: JobStatus,
  options: LifecycleOptions,
  now: number,
): Lifecycle {
  const restarts =
    final === 'Restarting'
      ? prng.int(1, 3)
      : prng.weighted<number>([
          [0, 80],
          [1, 12],
          [2, 5],
          [3, 3],
        ]);
  const path = planPath(prng, final, options, restarts);
  const lengths = path.map((status, i) =>
    i === path.length - 1 && TERMINAL_STATUSES.has(status) ? 0 : intervalLength(prng, status, options),
  );
  // The open interval of an active job has only lasted part of its drawn length so far.
  if (!TERMINAL_STATUSES.has(final)) {
    const last = lengths.length - 1;
    lengths[last] = Math.max(1, Math.round((lengths[last] ?? 1) * prng.next()));
  }
  let total = lengths.reduce((sum, length) => sum + length, 0);
  const span = 29 * DAY;
  if (total > span) {
    const factor = span / total;
    for (let i = 0; i < lengths.length; i++) lengths[i] = Math.max(1, Math.floor((lengths[i] ?? 1) * factor));
    total = lengths.reduce((sum, length) => sum + length, 0);
  }
  const slack = TERMINAL_STATUSES.has(final) ? prng.int(0, Math.max(0, 30 * DAY - total - 120)) : 0;
  let cursor = now - total - slack - (TERMINAL_STATUSES.has(final) ? 60 : 0);
  const transitions = path.map((status, i) => {
    const transition = { status, start: cursor, reason: pickReason(prng, status) };
    cursor += lengths[i] ?? 0;
    return transition;
  });
  return { transitions, restarts: path.filter((s) => s === 'Restarting').length };
}

function pickReason(prng: Prng, status: JobStatus): readonly [string, string] {
  return prng.pick(STATUS_REASONS[status]);
}
