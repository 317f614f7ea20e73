import type DataLoader from 'dataloader';
import type { JobRun } from '../domain/job-run';
import type { Workspace } from '../domain/workspace';
import { notConfiguredInstance } from '../errors/not-configured-instance';
import type { EmrJobRunFilter } from '../domain/job-run-filter';
import type { EmrWorkspaceFilter } from '../domain/workspace-filter';
import type { EmrPageRequest } from '../providers/emr-serverless-spark/emr-serverless-spark-query';
import type { EmrServerlessSparkProvider } from '../providers/emr-serverless-spark/emr-serverless-spark.provider';
import type { TokenPage } from '../domain/upstream-page';
import { findInstance, type ProviderRegistry } from '../providers/provider-registry';
import { callLoader } from './call-loader';
import { createReadBarrier } from './emr-read-barrier';
import { createByIdLoader } from './by-id-loader';

/** A workspace by the instance (account + region) it lives in and its id. */
export interface EmrWorkspaceKey {
  readonly instanceId: string;
  readonly workspaceId: string;
}

/** One ListWorkspaces page of one instance. */
export interface EmrWorkspacePageKey {
  readonly instanceId: string;
  readonly filter: EmrWorkspaceFilter;
  readonly page: EmrPageRequest;
}

/** One ListJobRuns page of one workspace. */
export interface EmrJobRunPageKey {
  readonly instanceId: string;
  readonly workspaceId: string;
  readonly filter: EmrJobRunFilter;
  readonly page: EmrPageRequest;
}

/** One job run by its instance, workspace and id. */
export interface EmrJobRunKey {
  readonly instanceId: string;
  readonly workspaceId: string;
  readonly jobRunId: string;
}

/** The EMR Serverless Spark loaders of one request. */
export interface EmrServerlessSparkLoaders {
  /** Workspaces by id: one ListWorkspaces scan per instance per tick; primed by every listing. */
  readonly workspacesById: DataLoader<EmrWorkspaceKey, Workspace | null, string>;
  /** ListWorkspaces pages, deduped. */
  readonly workspacePages: DataLoader<EmrWorkspacePageKey, TokenPage<Workspace>, string>;
  /** ListJobRuns pages, deduped. */
  readonly jobRunPages: DataLoader<EmrJobRunPageKey, TokenPage<JobRun>, string>;
  /** GetJobRun, deduped: the driver spec and other fields ListJobRuns leaves out. Null when absent. */
  readonly jobRunDetails: DataLoader<EmrJobRunKey, JobRun | null, string>;
  /**
   * A run as ListJobRuns reports it (the usage metrics GetJobRun leaves out): a one-item ListJobRuns
   * filtered by jobRunId, deduped; primed by listings, so a listed run costs nothing. Null when absent.
   */
  readonly listedJobRuns: DataLoader<EmrJobRunKey, JobRun | null, string>;
}

/** Creates the EMR loaders of one request over the configured instances. */
export function createEmrServerlessSparkLoaders(providers: ProviderRegistry): EmrServerlessSparkLoaders {
  const client = (instanceId: string): EmrServerlessSparkProvider => {
    const instance = findInstance(providers.emrServerlessSpark, instanceId);
    if (!instance) throw notConfiguredInstance('EMR_SERVERLESS_SPARK', instanceId);
    return instance.client;
  };
  const runKey = (instanceId: string, run: JobRun): EmrJobRunKey => ({
    instanceId,
    workspaceId: run.workspaceId,
    jobRunId: run.jobRunId,
  });
  // Workspace lookups wait for in-flight GetJobRun calls, whose runs' `workspace` fields would
  // otherwise each become a scan of their own (see emr-read-barrier.ts).
  const barrier = createReadBarrier();
  // EMR has no GetWorkspace and no id filter: one getWorkspacesByIds per instance per tick is one
  // ListWorkspaces scan of the region at 100 a page.
  const workspacesById = createByIdLoader({
    provider: 'EMR_SERVERLESS_SPARK',
    instances: providers.emrServerlessSpark,
    idOf: (key: EmrWorkspaceKey) => key.workspaceId,
    lookUp: (client, ids) => client.getWorkspacesByIds(ids),
    batchScheduleFn: (dispatch) => barrier.schedule(dispatch),
  });
  const workspacePages = callLoader(
    (key: EmrWorkspacePageKey) => client(key.instanceId).listWorkspaces(key.filter, key.page),
    (key, page) => {
      for (const workspace of page.items) {
        workspacesById.prime({ instanceId: key.instanceId, workspaceId: workspace.workspaceId }, workspace);
      }
    },
  );
  const listedJobRuns = callLoader(async (key: EmrJobRunKey) => {
    const page = await client(key.instanceId).listJobRuns(
      key.workspaceId,
      { jobRunId: key.jobRunId },
      { maxResults: 1 },
    );
    return page.items.find((run) => run.jobRunId === key.jobRunId) ?? null;
  });
  const jobRunPages = callLoader(
    (key: EmrJobRunPageKey) => client(key.instanceId).listJobRuns(key.workspaceId, key.filter, key.page),
    (key, page) => {
      for (const run of page.items) listedJobRuns.prime(runKey(key.instanceId, run), run);
    },
  );
  const jobRunDetails = callLoader((key: EmrJobRunKey) => {
    const read = client(key.instanceId).getJobRun(key.workspaceId, key.jobRunId);
    barrier.track(read);
    return read;
  });
  return { workspacesById, workspacePages, jobRunPages, jobRunDetails, listedJobRuns };
}
