import { toGlobalId } from '../../../src/domain/global-id';
import type { TenantGrants } from '../../../src/domain/tenant';
import type { ProviderRegistry } from '../../../src/providers/provider-registry';
import type { OracleJob } from '../graphql/jobs-oracle';

/** Whether a grant list admits an id (undefined admits all). */
const admits = (granted: readonly string[] | undefined, id: string | null | undefined): boolean =>
  granted === undefined || (id != null && granted.includes(id));

/**
 * Every job a tenant's grants admit, read straight from the providers (not through the schema or
 * the merge), so `jobs` can be checked against an independent answer. Reads only what the grants
 * admit, to stay cheap: the demo's full oracle reads every history.
 */
export async function grantedJobs(providers: ProviderRegistry, grants: TenantGrants): Promise<OracleJob[]> {
  const instanceOk = (
    provider: keyof NonNullable<TenantGrants['instances']>,
    id: string,
    region: string | null,
  ) => admits(grants.instances?.[provider], id) && (region === null || admits(grants.regions, region));
  const jobs: OracleJob[] = [];
  for (const instance of providers.emrServerlessSpark) {
    if (!instanceOk('EMR_SERVERLESS_SPARK', instance.id, instance.regionId)) continue;
    const { items: workspaces, nextToken } = await instance.client.listWorkspaces({}, { maxResults: 100 });
    if (nextToken !== null) throw new Error('oracle: more workspaces than one page');
    for (const workspace of workspaces.filter((w) => admits(grants.emrWorkspaces, w.workspaceId))) {
      for (let token: string | null = null, first = true; first || token !== null; first = false) {
        const page = await instance.client.listJobRuns(
          workspace.workspaceId,
          {},
          { maxResults: 100, nextToken: token },
        );
        for (const run of page.items) {
          const id = toGlobalId('JobRun', instance.id, [workspace.workspaceId, run.jobRunId]);
          jobs.push({ id, provider: 'EMR_SERVERLESS_SPARK', region: instance.regionId, job: run });
        }
        token = page.nextToken;
      }
    }
  }
  for (const instance of providers.paiDlc) {
    if (!instanceOk('PAI_DLC', instance.id, instance.regionId)) continue;
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await instance.client.listJobs({}, { pageNumber, pageSize: 100 });
      for (const job of page.items.filter((j) => admits(grants.paiWorkspaces, j.workspaceId))) {
        jobs.push({
          id: toGlobalId('PaiJob', instance.id, [job.jobId]),
          provider: 'PAI_DLC',
          region: instance.regionId,
          job,
        });
      }
      if (pageNumber * 100 >= page.totalCount) break;
    }
  }
  for (const instance of providers.sae) {
    if (!instanceOk('SAE', instance.id, instance.regionId)) continue;
    const { items: templates, totalCount } = await instance.client.listJobTemplates(
      {},
      { currentPage: 1, pageSize: 200 },
    );
    if (totalCount > templates.length) throw new Error('oracle: more templates than one page');
    for (const template of templates.filter((x) => admits(grants.saeNamespaces, x.namespaceId))) {
      const ref = { appId: template.appId, appName: template.appName };
      const history = await instance.client.listJobExecutions(ref, {}, { currentPage: 1, pageSize: 500 });
      if (history.totalCount > history.items.length)
        throw new Error('oracle: a history longer than one page');
      for (const execution of history.items) {
        const id = toGlobalId('SaeJobExecution', instance.id, [template.appId, execution.jobId]);
        jobs.push({ id, provider: 'SAE', region: instance.regionId, job: execution });
      }
    }
  }
  for (const instance of providers.gravitino) {
    if (!instanceOk('GRAVITINO', instance.id, null)) continue;
    for (const metalake of instance.metalakes.filter((m) => admits(grants.gravitinoMetalakes, m))) {
      const list = await instance.client.listJobs(metalake);
      for (const job of list.jobs) {
        jobs.push({
          id: toGlobalId('GravitinoJob', instance.id, [metalake, job.jobId]),
          provider: 'GRAVITINO',
          region: null,
          job,
        });
      }
    }
  }
  return jobs;
}
