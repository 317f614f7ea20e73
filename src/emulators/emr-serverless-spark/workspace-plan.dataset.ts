// Decides the shape of the workspace population before any field is drawn: how many workspaces,
// which lifecycle each is in, how many runs it holds. Fixed leading profiles guarantee the cases
// tests and demos rely on (a workspace with > 1000 runs, empty ones, every workspaceStatus).
import type { Prng } from '../shared/prng';
import type { EmulatorScale } from '../shared/emulator-types';

/** Lifecycle profile of a workspace; decides its status, times and whether its runs may still be active. */
export type WorkspaceProfile = 'heavy' | 'active' | 'unused' | 'starting' | 'startFailed' | 'released';

/** What the generator decided for one workspace before drawing its fields. */
export interface WorkspacePlan {
  readonly profile: WorkspaceProfile;
  readonly runCount: number;
}

const SMALL_LEADING: readonly WorkspaceProfile[] = ['heavy', 'starting', 'startFailed', 'released', 'unused'];
const LARGE_LEADING: readonly WorkspaceProfile[] = [
  'heavy',
  'heavy',
  'heavy',
  'heavy',
  'starting',
  'startFailed',
  'released',
  'unused',
];

/** Large scale holds at least this many runs (the issue asks for >= 100,000). */
const LARGE_MIN_RUNS = 110_000;

function runCountFor(profile: WorkspaceProfile, scale: EmulatorScale, prng: Prng): number {
  switch (profile) {
    case 'heavy':
      return scale === 'small' ? prng.int(1200, 1700) : 0; // large: filled up below
    case 'active':
      return scale === 'small' ? prng.int(150, 450) : prng.int(600, 2500);
    case 'released':
      return scale === 'small' ? prng.int(40, 200) : prng.int(300, 1500);
    default:
      return 0;
  }
}

/** Plans the workspaces of one dataset, in generation order (not list order). */
export function planWorkspaces(prng: Prng, scale: EmulatorScale): WorkspacePlan[] {
  const leading = scale === 'small' ? SMALL_LEADING : LARGE_LEADING;
  const count = scale === 'small' ? prng.int(11, 14) : 64;
  const profiles: WorkspaceProfile[] = [...leading];
  while (profiles.length < count) profiles.push(prng.chance(0.1) ? 'released' : 'active');
  const plans = profiles.map((profile) => ({ profile, runCount: runCountFor(profile, scale, prng) }));
  if (scale === 'large') {
    // Heavy workspaces take whatever is needed to reach the large-scale minimum, unevenly.
    const rest = plans.reduce((sum, plan) => sum + plan.runCount, 0);
    const heavy = plans.filter((plan) => plan.profile === 'heavy');
    const weights = heavy.map(() => prng.int(1, 4));
    const weightSum = weights.reduce((sum, w) => sum + w, 0);
    const toFill = Math.max(heavy.length * 5000, LARGE_MIN_RUNS + prng.int(0, 20_000) - rest);
    heavy.forEach((plan, i) => {
      plan.runCount = Math.max(5000, Math.ceil((toFill * (weights[i] ?? 1)) / weightSum));
    });
  }
  return plans;
}
