import type DataLoader from 'dataloader';
import type { PaiJob } from '../domain/pai-job';
import { notConfiguredInstance } from '../errors/not-configured-instance';
import type { PaiJobFilter } from '../domain/pai-job-filter';
import type { PaiPageRequest } from '../providers/pai-dlc/pai-dlc-query';
import type { PaiDlcProvider } from '../providers/pai-dlc/pai-dlc.provider';
import type { NumberedPage } from '../domain/upstream-page';
import { findInstance, type ProviderRegistry } from '../providers/provider-registry';
import { callLoader } from './call-loader';
import { createByIdLoader } from './by-id-loader';

/** A job by the instance it lives in and its JobId. */
export interface PaiJobKey {
  readonly instanceId: string;
  readonly jobId: string;
}

/** One ListJobs page of one instance. */
export interface PaiJobPageKey {
  readonly instanceId: string;
  readonly filter: PaiJobFilter;
  readonly page: PaiPageRequest;
}

/** The PAI-DLC loaders of one request. */
export interface PaiDlcLoaders {
  /**
   * Jobs by JobId as ListJobs reports them: one ListJobs (JobIds) per instance and per 100 ids of a
   * tick; primed by every listing, so a listed job costs nothing. Null when PAI does not know the id.
   */
  readonly jobsById: DataLoader<PaiJobKey, PaiJob | null, string>;
  /** ListJobs pages, deduped (cache key: the stable JSON of instance, filter and page). */
  readonly jobPages: DataLoader<PaiJobPageKey, NumberedPage<PaiJob>, string>;
  /**
   * GetJob (NeedDetail=true), deduped: the fields ListJobs leaves out (description, custom and
   * per-role environments, restart records, pod durations, data source URIs). Null when absent.
   */
  readonly jobDetails: DataLoader<PaiJobKey, PaiJob | null, string>;
}

/** Creates the PAI-DLC loaders of one request over the configured instances. */
export function createPaiDlcLoaders(providers: ProviderRegistry): PaiDlcLoaders {
  const client = (instanceId: string): PaiDlcProvider => {
    const instance = findInstance(providers.paiDlc, instanceId);
    if (!instance) throw notConfiguredInstance('PAI_DLC', instanceId);
    return instance.client;
  };
  // One ListJobs (JobIds, wide window) per instance and per 100 ids of a tick.
  const jobsById = createByIdLoader<PaiJobKey, PaiJob, PaiDlcProvider>({
    provider: 'PAI_DLC',
    instances: providers.paiDlc,
    idOf: (key) => key.jobId,
    lookUp: (client, ids) => client.getJobsByIds(ids),
  });
  const jobPages = callLoader(
    (key: PaiJobPageKey) => client(key.instanceId).listJobs(key.filter, key.page),
    (key, page) => {
      for (const job of page.items) jobsById.prime({ instanceId: key.instanceId, jobId: job.jobId }, job);
    },
  );
  // One GetJob serves every GetJob-only field of the job, so NeedDetail stays at its default (true):
  // restart records and pod details need it, and a second, lighter call would cost more than it saves.
  const jobDetails = callLoader((key: PaiJobKey) => client(key.instanceId).getJob(key.jobId));
  return { jobsById, jobPages, jobDetails };
}
