import type { TenantGrants } from '../../../src/domain/tenant';
import { DemoTenancyObjectsDocument, PaiJobCountDocument } from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import type { TenancyGateway } from '../../helpers/tenancy-gateway';

/** Demo objects the tenant table is built on, discovered from the emulators' seeded data. */
export interface DemoObjects {
  /** Two cn-hangzhou EMR workspaces with runs (alpha gets the first, beta the second). */
  readonly hangzhouWorkspaces: readonly [string, string];
  /** A cn-beijing EMR workspace with runs (beta's second instance). */
  readonly beijingWorkspace: string;
  /** The two smallest PAI workspaces other than '268' (alpha has '268'). */
  readonly paiWorkspaces: readonly [string, string];
}

/** PAI workspace the doc's example names; the emulator gives it jobs. */
export const ALPHA_PAI_WORKSPACE = '268';

/**
 * The tenants of the tenancy tests:
 * - root, twin: unlimited (what the demo's anonymous tenant sees); twin proves cursors are per tenant.
 * - alpha: region cn-hangzhou only; one EMR workspace, one PAI workspace, one SAE namespace, one metalake.
 * - beta: two EMR instances, one workspace in each; two PAI workspaces; two SAE namespaces plus one
 *   no instance has; two metalakes.
 * - none: every instance, but no object inside any of them.
 * - blind: no instance at all.
 */
export function demoTenants(objects: DemoObjects): Record<string, TenantGrants> {
  return {
    root: {},
    twin: {},
    alpha: {
      regions: ['cn-hangzhou'],
      emrWorkspaces: [objects.hangzhouWorkspaces[0]],
      paiWorkspaces: [ALPHA_PAI_WORKSPACE],
      saeNamespaces: ['cn-hangzhou:prod'],
      gravitinoMetalakes: ['prod_lake'],
    },
    beta: {
      instances: { EMR_SERVERLESS_SPARK: ['emr-cn-hangzhou', 'emr-cn-beijing'] },
      emrWorkspaces: [objects.hangzhouWorkspaces[1], objects.beijingWorkspace],
      paiWorkspaces: [...objects.paiWorkspaces],
      saeNamespaces: ['cn-hangzhou:dev', 'cn-shanghai:dev', 'mars-1:nowhere'],
      gravitinoMetalakes: ['dev_lake', 'analytics'],
    },
    none: { emrWorkspaces: [], paiWorkspaces: [], saeNamespaces: [], gravitinoMetalakes: [] },
    blind: { instances: { EMR_SERVERLESS_SPARK: [], PAI_DLC: [], SAE: [], GRAVITINO: [] } },
  };
}

/** Reads the demo data as root (unlimited) and fills the gateway's tenant table. */
export async function installDemoTenants(t: TenancyGateway): Promise<DemoObjects> {
  t.tenants.set('root', {});
  // A loaded CI machine can push one emulator call past the tests' 1 s attempt timeout: ask again.
  let found = await t.as('root', DemoTenancyObjectsDocument);
  for (let attempt = 1; found.errors && attempt < 3; attempt++)
    found = await t.as('root', DemoTenancyObjectsDocument);
  if (found.errors) throw new Error(`demo discovery failed: ${JSON.stringify(found.errors)}`);
  const busy = (instance: string) =>
    arrived(found.data?.workspaces?.nodes)
      .filter((w) => w.instance === instance && (w.jobRuns.totalCount ?? 0) > 0)
      .map((w) => w.workspaceId);
  const [hz1, hz2] = busy('emr-cn-hangzhou');
  const [bj] = busy('emr-cn-beijing');
  const others = [...new Set(arrived(found.data?.paiJobs?.nodes).map((job) => job.workspaceId))].filter(
    (id): id is string => id !== null && id !== ALPHA_PAI_WORKSPACE,
  );
  // The two smallest, so that walking beta's whole list stays cheap.
  const sized = await Promise.all(
    others.map(async (id) => {
      const count = await t.as('root', PaiJobCountDocument, { first: 1, filter: { workspaceId: id } });
      return { id, total: count.data?.paiJobs?.totalCount ?? 0 };
    }),
  );
  const [p1, p2] = sized
    .sort((a, b) => a.total - b.total || a.id.localeCompare(b.id))
    .map((entry) => entry.id);
  if (!hz1 || !hz2 || !bj || !p1 || !p2) throw new Error(`demo data changed: ${JSON.stringify(found)}`);
  const objects: DemoObjects = {
    hangzhouWorkspaces: [hz1, hz2],
    beijingWorkspace: bj,
    paiWorkspaces: [p1, p2],
  };
  for (const [name, grants] of Object.entries(demoTenants(objects))) t.tenants.set(name, grants);
  t.gw.resetEmulators();
  return objects;
}
