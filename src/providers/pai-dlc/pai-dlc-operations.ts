import type { AlibabaOperation, AlibabaProductSpec } from '../alibaba/alibaba-operation';

/** PAI-DLC 2020-12-03 with its regional endpoint (providers.md §1.1). */
export const PAI_DLC_PRODUCT: AlibabaProductSpec = {
  provider: 'PAI_DLC',
  version: '2020-12-03',
  endpointTemplate: 'pai-dlc.{regionId}.aliyuncs.com',
};

/** The PAI-DLC job reads jobgraph makes (specs/alibaba/roa-routes.json); both are GETs and safe to retry. */
export const PAI_DLC_OPERATIONS = {
  ListJobs: { action: 'ListJobs', method: 'GET', pathTemplate: '/api/v1/jobs', idempotent: true },
  GetJob: { action: 'GetJob', method: 'GET', pathTemplate: '/api/v1/jobs/{JobId}', idempotent: true },
} as const satisfies Record<string, AlibabaOperation>;
