// Status and times of a workspace by lifecycle profile: when it was created, whether and why it
// ended. Everything lies within the 30 days before referenceTime.
import type { Prng } from '../shared/prng';
import type { StateChangeReason } from './job-run.wire';
import type { WorkspaceStatus } from './workspace.wire';
import type { WorkspacePlan } from './workspace-plan.dataset';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Status, times and state-change reason of one workspace. */
export interface WorkspaceLifecycle {
  readonly status: WorkspaceStatus;
  readonly createTime: number;
  /** Set when the workspace was released. */
  readonly endTime?: number;
  readonly reason: StateChangeReason;
  readonly failReason?: string;
}

/** Draws the lifecycle of a workspace with the given plan. */
export function workspaceLifecycle(plan: WorkspacePlan, prng: Prng, now: number): WorkspaceLifecycle {
  switch (plan.profile) {
    case 'starting':
      return {
        status: 'STARTING',
        createTime: now - prng.int(2, 10) * MINUTE,
        reason: { code: '0', message: 'Creating' },
      };
    case 'unused':
      return {
        status: 'RUNNING',
        createTime: now - prng.int(1, 20) * DAY,
        reason: { code: '0', message: 'Success' },
      };
    case 'startFailed': {
      const createTime = now - prng.int(5, 25) * DAY;
      return {
        status: 'TERMINATED',
        createTime,
        endTime: createTime + prng.int(10, 60) * MINUTE,
        reason: { code: 'ResourceNotEnough', message: 'out of stock' },
        failReason: 'out of stock',
      };
    }
    case 'released':
      return {
        status: 'TERMINATED',
        createTime: now - 30 * DAY + prng.int(1, 48) * HOUR,
        endTime: now - prng.int(1, 8) * DAY,
        reason: { code: '0', message: 'Released by user' },
      };
    default:
      return {
        status: 'RUNNING',
        createTime: now - 30 * DAY + prng.int(1, 72) * HOUR,
        reason: { code: '0', message: 'Success' },
      };
  }
}
