import type { EmulatorRoute } from '../shared/emulator-types';
import { saeSuccess } from './envelope.gateway';
import { executionJobId } from './id.materialize';
import { readSaeParams } from './param-reader.query';
import { templateOrNotFound, type SaeRouteContext } from './sae.context';
import type { SaeTemplateRow } from './sae.model';
import { toJobExecution } from './sae.materialize';

function jobIdMap(context: SaeRouteContext, row: SaeTemplateRow): ReadonlyMap<string, number> {
  return context.jobIdMemo.getOrCreate(row.appId, () => {
    const map = new Map<string, number>();
    for (let position = 0; position < row.history.count; position++)
      map.set(executionJobId(row, position), position);
    return map;
  });
}

/**
 * `GET /pop/v1/sam/job/describeJobStatus`: one execution. An unknown JobId of a known template is
 * 404 `InvalidJobId.NotFound`; the SAE error table names no code for it, so this mirrors InvalidAppId.NotFound.
 */
export function describeJobStatusRoute(context: SaeRouteContext): EmulatorRoute {
  return {
    method: 'GET',
    pattern: '/pop/v1/sam/job/describeJobStatus',
    operation: 'DescribeJobStatus',
    handle(request) {
      const params = readSaeParams(context.gateway, request);
      const appId = params.required('AppId');
      const jobId = params.required('JobId');
      const row = templateOrNotFound(context, request, appId);
      const position = jobIdMap(context, row).get(jobId);
      if (position === undefined) {
        throw context.gateway.fail(
          request,
          404,
          'InvalidJobId.NotFound',
          'The specified JobId does not exist.',
        );
      }
      return saeSuccess(request, toJobExecution(row, position));
    },
  };
}
