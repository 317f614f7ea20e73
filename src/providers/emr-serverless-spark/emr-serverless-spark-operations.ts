import type { AlibabaOperation, AlibabaProductSpec } from '../alibaba/alibaba-operation';

/** EMR Serverless Spark 2023-08-08 as the transport needs it. */
export const EMR_SERVERLESS_SPARK_PRODUCT: AlibabaProductSpec = {
  provider: 'EMR_SERVERLESS_SPARK',
  version: '2023-08-08',
  endpointTemplate: 'emr-serverless-spark.{regionId}.aliyuncs.com',
};

/** The operations jobgraph calls (specs/alibaba/roa-routes.json); all three are reads, so all are retried. */
export const EMR_SERVERLESS_SPARK_OPERATIONS = {
  ListWorkspaces: {
    action: 'ListWorkspaces',
    method: 'GET',
    pathTemplate: '/api/v1/workspaces',
    idempotent: true,
  },
  ListJobRuns: {
    action: 'ListJobRuns',
    method: 'GET',
    pathTemplate: '/api/v1/workspaces/{workspaceId}/jobRuns',
    idempotent: true,
  },
  GetJobRun: {
    action: 'GetJobRun',
    method: 'GET',
    pathTemplate: '/api/v1/workspaces/{workspaceId}/jobRuns/{jobRunId}',
    idempotent: true,
  },
} as const satisfies Record<string, AlibabaOperation>;
