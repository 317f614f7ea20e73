/**
 * The PAI-DLC 2020-12-03 emulator: ListJobs and GetJob behind the emulated OpenAPI gateway
 * (ACS3 and legacy ROA signatures, nonce and date checks, POP error bodies).
 */
import { createAlibabaGateway, type AlibabaCredential } from '../alibaba/alibaba.gateway';
import type { AlibabaProduct } from '../alibaba/error.gateway';
import type { EmulatorDataOptions, ProviderEmulatorDefinition } from '../shared/emulator-types';
import { createPaiDlcDataset } from './pai-dlc.dataset';
import { getJobRoute } from './get-job.route';
import { buildPaiJobIndex } from './job.index';
import { createListJobsEngine } from './list-jobs.filter';
import { listJobsRoute } from './list-jobs.route';
import type { PaiDlcRouteContext } from './pai-dlc.context';

/** The product as its error bodies and signatures name it. */
export const PAI_DLC_PRODUCT: AlibabaProduct = {
  productCode: 'pai-dlc',
  version: '2020-12-03',
  hostId: 'pai-dlc.cn-hangzhou.aliyuncs.com',
};

/** Options of the PAI-DLC emulator. */
export type PaiDlcEmulatorOptions = EmulatorDataOptions & {
  readonly credentials: readonly AlibabaCredential[];
  /** A silent cap on ListJobs' PageSize, which the documentation does not bound. Default: none. */
  readonly listJobsPageCap?: number;
};

/** Creates the PAI-DLC emulator definition for the shared HTTP server. */
export function createPaiDlcEmulator(options: PaiDlcEmulatorOptions): ProviderEmulatorDefinition {
  const gateway = createAlibabaGateway({ product: PAI_DLC_PRODUCT, credentials: options.credentials });
  const dataset = createPaiDlcDataset(options);
  const index = buildPaiJobIndex(dataset);
  const ctx: PaiDlcRouteContext = {
    gateway,
    dataset,
    index,
    engine: createListJobsEngine(index, dataset.directory),
    credentials: options.credentials,
    ...(options.listJobsPageCap !== undefined ? { listJobsPageCap: options.listJobsPageCap } : {}),
  };
  const { fail: _fail, ...definition } = gateway;
  return {
    name: 'paiDlc',
    routes: [listJobsRoute(ctx), getJobRoute(ctx)],
    ...definition,
  };
}
