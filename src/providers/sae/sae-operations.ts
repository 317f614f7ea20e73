import type { AlibabaOperation, AlibabaProductSpec } from '../alibaba/alibaba-operation';

/** SAE 2019-05-06 with its regional endpoint (providers.md §1.1). */
export const SAE_PRODUCT: AlibabaProductSpec = {
  provider: 'SAE',
  version: '2019-05-06',
  endpointTemplate: 'sae.{regionId}.aliyuncs.com',
};

/** The SAE job reads jobgraph makes (specs/alibaba/roa-routes.json); all are GETs and safe to retry. */
export const SAE_OPERATIONS = {
  ListJobs: { action: 'ListJobs', method: 'GET', pathTemplate: '/pop/v1/sam/job/listJobs', idempotent: true },
  DescribeJobHistory: {
    action: 'DescribeJobHistory',
    method: 'GET',
    pathTemplate: '/pop/v1/sam/job/describeJobHistory',
    idempotent: true,
  },
  DescribeJobStatus: {
    action: 'DescribeJobStatus',
    method: 'GET',
    pathTemplate: '/pop/v1/sam/job/describeJobStatus',
    idempotent: true,
  },
} as const satisfies Record<string, AlibabaOperation>;
