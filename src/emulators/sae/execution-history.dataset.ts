import type { Prng } from '../shared/prng';
import { firstFireAtOrAfter, type SaeCronSchedule } from './cron-schedule.dataset';
import { SaeExecutionKind, SaeStateCode, type SaeExecutionHistory } from './sae.model';

/** What shapes one template's execution history. */
export interface SaeHistoryPlan {
  /** Cron schedule, or null for an HTTP-triggered template. */
  readonly schedule: SaeCronSchedule | null;
  /** Epoch seconds the template was created; nothing ran before. */
  readonly createTime: number;
  /** Epoch seconds after which nothing starts: the suspension time, or now. */
  readonly lastPossibleStart: number;
  readonly nowSeconds: number;
  /** Most executions SAE keeps for the template (older ones are pruned). */
  readonly retention: number;
  readonly failureRate: number;
  /** Typical run time in seconds. */
  readonly typicalDuration: number;
  readonly suspended: boolean;
}

interface DraftExecution {
  start: number;
  kind: number;
}

/** Fire times of the cron schedule inside the window, at most the newest `retention` of them. */
function cronStarts(plan: SaeHistoryPlan, schedule: SaeCronSchedule): DraftExecution[] {
  const first = firstFireAtOrAfter(schedule, plan.createTime);
  if (first > plan.lastPossibleStart) return [];
  const natural = Math.floor((plan.lastPossibleStart - first) / schedule.periodSeconds) + 1;
  const kept = Math.min(natural, plan.retention);
  const out: DraftExecution[] = [];
  for (let i = natural - kept; i < natural; i++) {
    out.push({ start: first + i * schedule.periodSeconds, kind: SaeExecutionKind.Cron });
  }
  return out;
}

/** Uniform random start times inside the window, sorted oldest first. */
function randomStarts(
  prng: Prng,
  plan: SaeHistoryPlan,
  count: number,
  kindOf: () => number,
): DraftExecution[] {
  const out: DraftExecution[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ start: prng.int(plan.createTime, plan.lastPossibleStart), kind: kindOf() });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Generates the executions of one template. States follow from time: an execution whose run
 * would end after now is still running; the others succeed or fail at the template's failure
 * rate. Suspended templates start nothing after suspension, so none of theirs are running.
 */
export function generateHistory(prng: Prng, plan: SaeHistoryPlan): SaeExecutionHistory {
  let drafts: DraftExecution[];
  if (plan.schedule) {
    const cron = cronStarts(plan, plan.schedule);
    const manualCount = prng.chance(0.3) ? prng.int(1, 4) : 0;
    const manual = randomStarts(prng, plan, manualCount, () => SaeExecutionKind.Manual);
    drafts = [...cron, ...manual].sort((a, b) => a.start - b.start);
  } else {
    // Some HTTP-triggered templates were set up and never called.
    const count = prng.chance(0.15) ? 0 : prng.int(1, plan.retention);
    drafts = randomStarts(prng, plan, count, () =>
      prng.chance(0.8) ? SaeExecutionKind.Event : SaeExecutionKind.Manual,
    );
  }
  const pending = !plan.suspended && prng.chance(0.04);
  if (drafts.length + (pending ? 1 : 0) > plan.retention) {
    drafts = drafts.slice(Math.max(0, drafts.length - plan.retention + (pending ? 1 : 0)));
  }
  const count = drafts.length + (pending ? 1 : 0);
  const history = {
    count,
    startTimes: new Uint32Array(count),
    durations: new Uint32Array(count),
    states: new Uint8Array(count),
    kinds: new Uint8Array(count),
  };
  const maxDuration = plan.schedule ? Math.floor(plan.schedule.periodSeconds * 0.9) : Number.MAX_SAFE_INTEGER;
  drafts.forEach((draft, chronological) => {
    const position = count - 1 - chronological;
    const duration = Math.max(
      5,
      Math.min(maxDuration, Math.round(plan.typicalDuration * (0.6 + prng.next() * 0.8))),
    );
    history.startTimes[position] = draft.start;
    history.kinds[position] = draft.kind;
    if (draft.start + duration >= plan.nowSeconds && !plan.suspended) {
      history.states[position] = SaeStateCode.Running;
    } else {
      history.durations[position] = Math.min(duration, Math.max(1, plan.nowSeconds - draft.start - 1));
      history.states[position] = prng.chance(plan.failureRate) ? SaeStateCode.Failed : SaeStateCode.Succeeded;
    }
  });
  if (pending) {
    // A run just requested through ExecJob that the scheduler has not placed yet.
    const newest = drafts[drafts.length - 1]?.start ?? plan.createTime;
    history.startTimes[0] = Math.min(
      plan.nowSeconds,
      Math.max(newest + 1, plan.nowSeconds - prng.int(5, 120)),
    );
    history.kinds[0] = SaeExecutionKind.Manual;
    history.states[0] = SaeStateCode.NotRun;
  }
  return history;
}
