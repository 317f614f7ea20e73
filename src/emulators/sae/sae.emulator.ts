import { createAlibabaGateway, type AlibabaCredential } from '../alibaba/alibaba.gateway';
import type { AlibabaProduct } from '../alibaba/error.gateway';
import type { EmulatorDataOptions, ProviderEmulatorDefinition } from '../shared/emulator-types';
import { describeJobHistoryRoute } from './describe-job-history.route';
import { describeJobStatusRoute } from './describe-job-status.route';
import { listJobsRoute } from './list-jobs.route';
import { saeWrapError } from './envelope.gateway';
import type { ListOrder } from '../shared/list-order';
import { LruCache } from '../shared/lru-cache';
import { buildSaeTemplateIndex } from './job-template.index';
import type { SaeFieldValueMode } from './list-jobs.query';
import { createSaeDataset } from './sae.dataset';

/** SAE as the OpenAPI gateway names it in error bodies and checks in x-acs-version. */
export const SAE_PRODUCT: AlibabaProduct = {
  productCode: 'sae',
  version: '2019-05-06',
  hostId: 'sae.cn-hangzhou.aliyuncs.com',
};

/**
 * Options of the SAE emulator: the dataset knobs, the accepted AccessKeys, how ListJobs reads an
 * appIds FieldValue and, for tests, a clock.
 */
export type SaeEmulatorOptions = EmulatorDataOptions & {
  readonly credentials: readonly AlibabaCredential[];
  /** Default `strict`, the documented one value; `comma-list` is opt-in (SaeFieldValueMode). */
  readonly fieldValue?: SaeFieldValueMode;
  /** Clock for signature freshness (defaults to Date.now); the data only depends on referenceTime. */
  readonly now?: () => number;
  /** DescribeJobHistory's order, which the documentation does not state. Default: newest-first. */
  readonly listOrder?: ListOrder;
};

/** Creates the SAE 2019-05-06 emulator: ListJobs, DescribeJobHistory and DescribeJobStatus. */
export function createSaeEmulator(options: SaeEmulatorOptions): ProviderEmulatorDefinition {
  const gateway = createAlibabaGateway({
    product: SAE_PRODUCT,
    credentials: options.credentials,
    ...(options.now ? { now: options.now } : {}),
    wrapError: saeWrapError,
  });
  const context = {
    gateway,
    index: buildSaeTemplateIndex(createSaeDataset(options)),
    fieldValue: options.fieldValue ?? 'strict',
    listMemo: new LruCache<Int32Array>(64),
    historyMemo: new LruCache<Int32Array>(256),
    jobIdMemo: new LruCache<ReadonlyMap<string, number>>(64),
    historyOrder: options.listOrder ?? 'newest-first',
    seed: options.seed,
  };
  const { fail: _fail, ...definitionParts } = gateway;
  return {
    name: 'sae',
    routes: [listJobsRoute(context), describeJobHistoryRoute(context), describeJobStatusRoute(context)],
    ...definitionParts,
  };
}
