// The EMR Serverless Spark 2023-08-08 emulator: ListWorkspaces, ListJobRuns and GetJobRun behind
// the emulated Alibaba OpenAPI gateway (signatures, freshness, nonces, error bodies).
import { createAlibabaGateway, type AlibabaCredential } from '../alibaba/alibaba.gateway';
import type { EmulatorDataOptions, ProviderEmulatorDefinition } from '../shared/emulator-types';
import { createEmrDataset } from './emr-serverless-spark.dataset';
import type { EmrRouteContext } from './emr-serverless-spark.context';
import { getJobRunRoute } from './get-job-run.route';
import { buildEmrIndex } from './job-run.index';
import { createJobRunQueryEngine } from './list-job-runs.filter';
import { listJobRunsRoute } from './list-job-runs.route';
import { listWorkspacesRoute } from './list-workspaces.route';
import { shuffledPositions, type ListOrder } from '../shared/list-order';
import { LruCache } from '../shared/lru-cache';

/** The product as error bodies and signatures name it. */
export const EMR_SERVERLESS_SPARK_PRODUCT = {
  productCode: 'emr-serverless-spark',
  version: '2023-08-08',
  hostId: 'emr-serverless-spark.cn-hangzhou.aliyuncs.com',
} as const;

/** Options of the EMR Serverless Spark emulator: data options plus the accepted AccessKeys. */
export type EmrServerlessSparkEmulatorOptions = EmulatorDataOptions & {
  readonly credentials: readonly AlibabaCredential[];
  /** Clock for signature freshness; defaults to Date.now. */
  readonly now?: () => number;
  /** ListJobRuns' order, which the documentation does not state. Default: newest-first. */
  readonly listOrder?: ListOrder;
  /** A silent cap on ListWorkspaces' maxResults, which the documentation does not bound. Default: none. */
  readonly listWorkspacesPageCap?: number;
};

/** Filtered run lists kept in their shuffled order (the newest-first ones live in the query engine). */
const SHUFFLED_MEMO_CAPACITY = 64;

/** Creates the emulator definition; the dataset and indexes are built here, once. */
export function createEmrServerlessSparkEmulator(
  options: EmrServerlessSparkEmulatorOptions,
): ProviderEmulatorDefinition {
  const gateway = createAlibabaGateway({
    product: EMR_SERVERLESS_SPARK_PRODUCT,
    credentials: options.credentials,
    ...(options.now ? { now: options.now } : {}),
  });
  const index = buildEmrIndex(createEmrDataset(options));
  const shuffled = new LruCache<Int32Array>(SHUFFLED_MEMO_CAPACITY);
  const ctx: EmrRouteContext = {
    gateway,
    index,
    runs: createJobRunQueryEngine(index),
    listOrder:
      options.listOrder === 'shuffled'
        ? (scope, ids) =>
            shuffled.getOrCreate(scope, () =>
              shuffledPositions(ids, options.seed, (id) => index.dataset.runs[id]?.jobRunId ?? String(id)),
            )
        : (_scope, ids) => ids,
    workspacePages: options.listWorkspacesPageCap === undefined ? {} : { cap: options.listWorkspacesPageCap },
  };
  return {
    name: 'emrServerlessSpark',
    routes: [listWorkspacesRoute(ctx), listJobRunsRoute(ctx), getJobRunRoute(ctx)],
    authenticate: gateway.authenticate,
    notFound: gateway.notFound,
    errorResponse: gateway.errorResponse,
    throttleResponse: gateway.throttleResponse,
    internalError: gateway.internalError,
  };
}
