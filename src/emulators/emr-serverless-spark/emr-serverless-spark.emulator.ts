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
};

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
  const ctx: EmrRouteContext = { gateway, index, runs: createJobRunQueryEngine(index) };
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
