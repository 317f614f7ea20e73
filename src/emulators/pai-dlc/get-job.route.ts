/** GetJob: `GET /api/v1/jobs/{JobId}` → the job's fields at the top level plus RequestId. */
import { readAlibabaQuery } from '../alibaba/alibaba.query';
import type { EmulatorRoute } from '../shared/emulator-types';
import { toGetJobBody } from './job.materialize';
import type { PaiDlcRouteContext } from './pai-dlc.context';

/**
 * The code for an unknown JobId. PAI-DLC's public docs list no product error codes (providers.md §5),
 * so this follows the POP convention `Invalid{Param}.NotFound` with 404, like SAE's InvalidAppId.NotFound.
 */
export const JOB_NOT_FOUND_CODE = 'InvalidJobId.NotFound';

/** The GetJob route. */
export function getJobRoute(ctx: PaiDlcRouteContext): EmulatorRoute {
  const { gateway, dataset, index } = ctx;
  return {
    method: 'GET',
    pattern: '/api/v1/jobs/:JobId',
    operation: 'GetJob',
    handle(request, params) {
      // NeedDetail defaults to true (SDK model); false leaves out Pods and RestartRecord.
      const needDetail = readAlibabaQuery(gateway, request).bool('NeedDetail') ?? true;
      const jobId = params.JobId ?? '';
      const row = index.rows[index.byId.get(jobId) ?? -1];
      if (!row)
        throw gateway.fail(
          request,
          404,
          JOB_NOT_FOUND_CODE,
          `The specified JobId "${jobId}" does not exist.`,
        );
      return { status: 200, body: toGetJobBody(row, dataset, request.requestId, needDetail) };
    },
  };
}
