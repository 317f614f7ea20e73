// Draws one workspace's wire fields from its plan. Times stay within the 30 days before referenceTime.
import type { Prng } from '../shared/prng';
import { REGIONS, RESOURCE_SPECS, WORKSPACE_NAMES, WORKSPACE_TAGS } from './vocabulary.dataset';
import type { Workspace, WorkspaceTag } from './workspace.wire';
import { workspaceLifecycle } from './workspace-lifecycle.dataset';
import { generatePrePaidQuota, generatePrePaidQuotaGpu } from './workspace-quota.dataset';
import type { WorkspacePlan } from './workspace-plan.dataset';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A generated workspace plus what its runs are drawn against. */
export interface GeneratedWorkspace {
  readonly wire: Workspace;
  readonly bucket: string;
  /** Runs are submitted within [from, to]. */
  readonly runWindow: { readonly from: number; readonly to: number };
  /** False for released workspaces: all their runs ended. */
  readonly allowActiveRuns: boolean;
}

/** Shared per-dataset context for workspace generation. */
export interface WorkspaceContext {
  readonly referenceTime: number;
  /** Resource groups of the account; several workspaces share each. */
  readonly resourceGroups: readonly string[];
  /** Names already taken, so every workspace name is unique. */
  readonly usedNames: Set<string>;
}

function uniqueName(prng: Prng, used: Set<string>): string {
  const stem = prng.pick(WORKSPACE_NAMES);
  let name = stem;
  for (let n = 1; used.has(name); n++) name = `${stem}-${n}`;
  used.add(name);
  return name;
}

function pickTags(prng: Prng): WorkspaceTag[] {
  const tags = new Map<string, string>();
  const count = prng.weighted<number>([
    [0, 2],
    [1, 3],
    [2, 3],
    [3, 2],
  ]);
  for (let i = 0; i < count; i++) {
    const [key, value] = prng.pick(WORKSPACE_TAGS);
    if (!tags.has(key)) tags.set(key, value);
  }
  return [...tags].map(([tagKey, tagValue]) => ({ tagKey, tagValue }));
}

/** Generates the index-th workspace; `region` is forced for the leading ones so every main region appears. */
export function generateWorkspace(
  plan: WorkspacePlan,
  prng: Prng,
  ctx: WorkspaceContext,
  region: string,
): GeneratedWorkspace {
  const now = ctx.referenceTime;
  const life = workspaceLifecycle(plan, prng, now);
  const workspaceId = `w-${prng.hex(16)}`;
  const bucket = `emr-spark-${region.replace(/-/g, '')}-${prng.hex(6)}`;
  const subscription = plan.profile === 'heavy' || prng.chance(0.3);
  const withGpu = plan.profile === 'heavy' || prng.chance(0.15);
  const gpuSpec = withGpu ? (prng.chance(0.5) ? ['A10'] : ['A10', 'L20']) : [];
  const durationMonths = prng.pick([1, 3, 6, 12]);
  const autoRenew = prng.chance(0.6);
  const spec = prng.pick(RESOURCE_SPECS);
  const wire: Workspace = {
    workspaceId,
    workspaceName: uniqueName(prng, ctx.usedNames),
    resourceSpec: spec,
    storage: bucket,
    dlfCatalogId: prng.chance(0.5) ? 'default' : `clg-paimon-${prng.hex(16)}`,
    dlfType: prng.chance(0.6) ? '2.0' : '1.0',
    paymentType: subscription ? 'Subscription' : 'PayAsYouGo',
    ...(subscription
      ? {
          paymentDurationUnit: 'MONTH' as const,
          duration: durationMonths,
          autoRenew,
          autoRenewPeriod: 1,
          autoRenewPeriodUnit: 'MONTH' as const,
        }
      : {}),
    workspaceStatus: life.status,
    ...(life.failReason ? { failReason: life.failReason } : {}),
    paymentStatus: plan.profile === 'released' && prng.chance(0.5) ? 'UNPAID' : 'PAID',
    regionId: region,
    createTime: life.createTime,
    ...(life.endTime !== undefined ? { endTime: life.endTime, releaseType: 'SERVICE_RELEASE' } : {}),
    stateChangeReason: life.reason,
    ...(subscription
      ? { prePaidQuota: generatePrePaidQuota(prng, spec, life.createTime, durationMonths, autoRenew, now) }
      : {}),
    tags: pickTags(prng),
    resourceGroupId: prng.pick(ctx.resourceGroups),
    gpuSpec,
    ipWhiteList: prng.chance(0.4) ? ['10.0.0.0/8', `192.168.${prng.int(0, 255)}.0/24`] : [],
    prePaidQuotaGpu:
      subscription && withGpu
        ? [generatePrePaidQuotaGpu(prng, gpuSpec[0] ?? 'A10', life.createTime, durationMonths, now)]
        : [],
  };
  const from = life.createTime + HOUR;
  const to = life.endTime !== undefined ? life.endTime - HOUR : now - MINUTE;
  return {
    wire,
    bucket,
    runWindow: { from, to: Math.max(from, to) },
    allowActiveRuns: life.status === 'RUNNING',
  };
}

/** Picks the region of the index-th workspace: the five main regions first (shuffled), then by weight. */
export function regionFor(index: number, leadingRegions: readonly string[], prng: Prng): string {
  return leadingRegions[index] ?? prng.weighted(REGIONS);
}
