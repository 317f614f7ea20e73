/**
 * The account around the jobs: the tenant, its users, workspaces and resource quotas. Small and
 * generated first, so jobs can point at its entries by index.
 */
import type { EmulatorScale } from '../shared/emulator-types';
import type { Prng } from '../shared/prng';

/** A PAI workspace; `weight` is its share of the jobs (0 = a workspace that has none). */
export interface PaiWorkspace {
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly weight: number;
}

/** A resource quota (dedicated resource group) a job can run on. */
export interface PaiQuota {
  readonly resourceId: string;
  readonly resourceQuotaName: string;
  readonly resourceName: string;
  readonly resourceType: 'Lingjun' | 'ECS' | 'ACS';
  readonly resourceLevel: string;
  readonly clusterId: string;
  readonly workspaceIndex: number;
}

/** A RAM user who submits jobs. */
export interface PaiUser {
  readonly userId: string;
  readonly username: string;
}

/** Everything jobs refer to. */
export interface PaiDirectory {
  /** The Alibaba Cloud account that owns everything (TenantId on the wire). */
  readonly tenantId: string;
  readonly users: readonly PaiUser[];
  readonly workspaces: readonly PaiWorkspace[];
  readonly quotas: readonly PaiQuota[];
}

const WORKSPACE_NAMES: readonly (readonly [string, number])[] = [
  ['dlc-workspace', 6],
  ['llm-pretrain', 30],
  ['recsys-prod', 18],
  ['nlp-research', 12],
  ['cv-team', 8],
  ['speech-lab', 3],
  ['ads-ranking', 10],
  ['search-relevance', 4],
  ['risk-models', 2],
  ['multimodal', 5],
  ['ml-platform-sandbox', 1],
  ['archive-2023', 0],
];

const USERNAMES = [
  'alice.chen',
  'bob.wang',
  'carol.li',
  'pai-pipeline',
  'dave.zhao',
  'eve.zhang',
  'frank.liu',
  'grace.xu',
] as const;

const QUOTA_KINDS: readonly (readonly [PaiQuota['resourceType'], string])[] = [
  ['Lingjun', 'a800-lingjun'],
  ['Lingjun', 'h800-lingjun'],
  ['ECS', 'a10-ecs'],
  ['ACS', 'acs-general'],
];

const digits = (prng: Prng, length: number): string => {
  let out = String(prng.int(1, 9));
  while (out.length < length) out += String(prng.int(0, 9));
  return out;
};

const alnum = (prng: Prng, length: number): string => {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  while (out.length < length) out += chars[prng.int(0, chars.length - 1)];
  return out;
};

/** Lower-case letters and digits, as PAI ids use them. */
export { alnum as randomAlnum };

/** Generates the directory: 5 workspaces at `small` (one of them empty), 12 at `large`. */
export function generatePaiDirectory(prng: Prng, scale: EmulatorScale): PaiDirectory {
  const tenantId = digits(prng, 16);
  const users = USERNAMES.map((username) => ({ userId: digits(prng, 16), username }));
  const chosen = scale === 'small' ? [...WORKSPACE_NAMES.slice(0, 4), WORKSPACE_NAMES[11]] : WORKSPACE_NAMES;
  // Real workspace ids are short numbers; the first one is the doc example's '268'.
  const seen = new Set<string>();
  const workspaceId = (i: number): string => {
    let id = i === 0 ? '268' : digits(prng, 5);
    while (seen.has(id)) id = digits(prng, 5);
    seen.add(id);
    return id;
  };
  const workspaces = chosen.flatMap((entry, i) =>
    entry ? [{ workspaceId: workspaceId(i), workspaceName: entry[0], weight: entry[1] }] : [],
  );
  const quotas: PaiQuota[] = [];
  workspaces.forEach((workspace, workspaceIndex) => {
    const count = workspace.weight === 0 ? 1 : prng.int(1, 3);
    for (let q = 0; q < count; q++) {
      // The busiest workspace always owns a Lingjun quota: Bidding jobs need one.
      const [resourceType, stem] =
        workspaceIndex === 1 && q === 0
          ? (QUOTA_KINDS[0] ?? ['Lingjun', 'a800-lingjun'])
          : prng.pick(QUOTA_KINDS);
      quotas.push({
        resourceId: `quota${alnum(prng, 12)}`,
        resourceQuotaName: `${workspace.workspaceName}-${stem}-${q + 1}`,
        resourceName: `rg-${stem}-${alnum(prng, 4)}`,
        resourceType,
        resourceLevel: `L${prng.int(0, 3)}`,
        clusterId: `c${alnum(prng, 16)}`,
        workspaceIndex,
      });
    }
  });
  return { tenantId, users, workspaces, quotas };
}
