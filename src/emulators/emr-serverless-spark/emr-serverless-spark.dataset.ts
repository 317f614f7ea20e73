// Builds the whole EMR Serverless Spark world from (seed, scale, referenceTime). Each workspace,
// its jobs and its runs draw from their own forked stream, so the output is byte-identical for the
// same options and independent of generation order.
import type { EmulatorDataOptions } from '../shared/emulator-types';
import { createPrng, type Prng } from '../shared/prng';
import { REGIONS } from './vocabulary.dataset';
import type { EmrDataset, JobRunRow, WorkspaceRecord } from './emr-serverless-spark.model';
import { generateRuns } from './job-run.dataset';
import { generateJobs } from './spark-job.dataset';
import { generateWorkspace, regionFor, type GeneratedWorkspace } from './workspace.dataset';
import { planWorkspaces, type WorkspacePlan } from './workspace-plan.dataset';

function digits(prng: Prng, count: number): string {
  let out = '';
  while (out.length < count) out += String(prng.int(0, 9));
  return out;
}

function accountUsers(prng: Prng): string[] {
  // UIDs are 16 digits; the main account and its RAM users share a prefix-free space.
  return Array.from(
    { length: prng.int(6, 10) },
    () => prng.pick(['1509', '1298', '2017', '2035']) + digits(prng, 12),
  );
}

function resourceGroups(prng: Prng): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const id = (): string => Array.from({ length: 15 }, () => prng.pick([...alphabet])).join('');
  return Array.from({ length: 4 }, () => `rg-${id()}`);
}

function shuffled<T>(prng: Prng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Draft {
  readonly plan: WorkspacePlan;
  readonly generationIndex: number;
  readonly generated: GeneratedWorkspace;
}

/** Generates the dataset; small scale is ~10-15 workspaces and 3-5k runs, large at least 110k runs. */
export function createEmrDataset(options: EmulatorDataOptions): EmrDataset {
  const root = createPrng(`emr-serverless-spark/${options.seed}/${options.scale}`);
  const plans = planWorkspaces(root.fork('plan'), options.scale);
  const users = accountUsers(root.fork('users'));
  const leadingRegions = shuffled(
    root.fork('regions'),
    REGIONS.slice(0, 5).map(([region]) => region),
  );
  const context = {
    referenceTime: options.referenceTime,
    resourceGroups: resourceGroups(root.fork('resource-groups')),
    usedNames: new Set<string>(),
  };
  const drafts: Draft[] = plans.map((plan, i) => {
    const prng = root.fork(`workspace/${i}`);
    return {
      plan,
      generationIndex: i,
      generated: generateWorkspace(plan, prng, context, regionFor(i, leadingRegions, prng)),
    };
  });
  // ListWorkspaces order: newest first, id as the tie-breaker.
  drafts.sort(
    (a, b) =>
      b.generated.wire.createTime - a.generated.wire.createTime ||
      (a.generated.wire.workspaceId < b.generated.wire.workspaceId ? -1 : 1),
  );
  const usedRunIds = new Set<string>();
  const workspaces: WorkspaceRecord[] = [];
  const runs: JobRunRow[] = [];
  drafts.forEach((draft, index) => {
    const { wire, bucket } = draft.generated;
    const jobs = generateJobs(
      root.fork(`jobs/${draft.generationIndex}`),
      { ...wire, bucket },
      draft.plan.runCount,
      users,
    );
    workspaces.push({ wire, bucket, jobs });
    const generated = generateRuns(
      root.fork(`runs/${draft.generationIndex}`),
      {
        workspace: index,
        jobs,
        runCount: draft.plan.runCount,
        window: draft.generated.runWindow,
        allowActiveRuns: draft.generated.allowActiveRuns,
        coverEveryState: draft.plan.profile === 'heavy',
        referenceTime: options.referenceTime,
      },
      usedRunIds,
    );
    for (const run of generated) runs.push(run);
  });
  return { referenceTime: options.referenceTime, workspaces, runs };
}
