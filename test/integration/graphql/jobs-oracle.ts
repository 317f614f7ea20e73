import { toGlobalId } from '../../../src/domain/global-id';
import type { JobFields } from '../../../src/domain/job';
import { jobOrderKey, type ListedJob } from '../../../src/jobs/listed-job';
import type { ProviderRegistry } from '../../../src/providers/provider-registry';
import type { Provider } from '../../__generated__/operations';

/** A job as the oracle knows it, with the global id the gateway must give it. */
export interface OracleJob {
  readonly id: string;
  readonly provider: Provider;
  readonly region: string | null;
  readonly job: JobFields;
}

/**
 * Every job of every configured instance, read in full straight from the providers (not through
 * the merge), so the merged `jobs` list can be checked against an independent answer.
 */
export async function allJobs(providers: ProviderRegistry): Promise<OracleJob[]> {
  const jobs: OracleJob[] = [];
  for (const instance of providers.emrServerlessSpark) {
    const workspaces = [];
    for (let token: string | null = null, first = true; first || token !== null; first = false) {
      const page = await instance.client.listWorkspaces({}, { maxResults: 100, nextToken: token });
      workspaces.push(...page.items);
      token = page.nextToken;
    }
    for (const workspace of workspaces) {
      for (let token: string | null = null, first = true; first || token !== null; first = false) {
        const page = await instance.client.listJobRuns(
          workspace.workspaceId,
          {},
          { maxResults: 100, nextToken: token },
        );
        for (const run of page.items) {
          jobs.push({
            id: toGlobalId('JobRun', instance.id, [workspace.workspaceId, run.jobRunId]),
            provider: 'EMR_SERVERLESS_SPARK',
            region: instance.regionId,
            job: run,
          });
        }
        token = page.nextToken;
      }
    }
  }
  for (const instance of providers.paiDlc) {
    // Ends on the total, counting what arrived: a page may hold fewer than asked (no maximum is documented).
    for (let pageNumber = 1, read = 0; ; pageNumber++) {
      const page = await instance.client.listJobs({}, { pageNumber, pageSize: 100 });
      for (const job of page.items)
        jobs.push({
          id: toGlobalId('PaiJob', instance.id, [job.jobId]),
          provider: 'PAI_DLC',
          region: instance.regionId,
          job,
        });
      read += page.items.length;
      if (page.items.length === 0 || read >= page.totalCount) break;
    }
  }
  for (const instance of providers.sae) {
    for (let currentPage = 1; ; currentPage++) {
      const page = await instance.client.listJobTemplates({}, { currentPage, pageSize: 200 });
      for (const template of page.items) {
        for (let historyPage = 1; ; historyPage++) {
          const history = await instance.client.listJobExecutions(
            { appId: template.appId, appName: template.appName },
            {},
            { currentPage: historyPage, pageSize: 500 },
          );
          for (const execution of history.items) {
            jobs.push({
              id: toGlobalId('SaeJobExecution', instance.id, [template.appId, execution.jobId]),
              provider: 'SAE',
              region: instance.regionId,
              job: execution,
            });
          }
          if (historyPage * 500 >= history.totalCount) break;
        }
      }
      if (currentPage * 200 >= page.totalCount) break;
    }
  }
  for (const instance of providers.gravitino) {
    for (const metalake of instance.metalakes) {
      const list = await instance.client.listJobs(metalake);
      for (const job of list.jobs)
        jobs.push({
          id: toGlobalId('GravitinoJob', instance.id, [metalake, job.jobId]),
          provider: 'GRAVITINO',
          region: null,
          job,
        });
    }
  }
  return jobs;
}

/**
 * The merged order: createdAt descending, then order key descending (provider, instance, list, job
 * id: `jobOrderKey`, tested on its own in test/unit/jobs), unknown times last.
 */
export function newestFirst(a: OracleJob, b: OracleJob): number {
  const ta = a.job.createdAt;
  const tb = b.job.createdAt;
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return tb - ta;
  }
  const ka = jobOrderKey(a.job as ListedJob);
  const kb = jobOrderKey(b.job as ListedJob);
  return ka === kb ? 0 : ka < kb ? 1 : -1;
}
