/** What every PAI-DLC route shares, built once per emulator instance. */
import type { AlibabaCredential, AlibabaGateway } from '../alibaba/alibaba.gateway';
import type { PaiJobIndex } from './job.index';
import type { ListJobsEngine } from './list-jobs.filter';
import type { PaiDlcDataset } from './pai-dlc.dataset';

/** The gateway (errors), the data, its indexes and ListJobs engine, and the accepted AccessKeys (for ShowOwn). */
export interface PaiDlcRouteContext {
  readonly gateway: AlibabaGateway;
  readonly dataset: PaiDlcDataset;
  readonly index: PaiJobIndex;
  readonly engine: ListJobsEngine;
  readonly credentials: readonly AlibabaCredential[];
  /** A silent cap on ListJobs' PageSize, which the documentation does not bound; undefined: none. */
  readonly listJobsPageCap?: number;
}
