/**
 * ListJobs: `GET /api/v1/jobs` → `{Jobs, TotalCount, RequestId}`.
 *
 * Visibility: the doc says a PRIVATE job is visible to its owner and the workspace administrator.
 * Every emulator caller is treated as the administrator of every workspace, so it sees all jobs;
 * `Accessibility=PUBLIC|PRIVATE` filters on the job's own Accessibility field, and `ShowOwn=true`
 * narrows to the caller's user (see caller.context.ts).
 */
import { readAlibabaQuery } from '../alibaba/alibaba.query';
import type { EmulatorRoute } from '../shared/emulator-types';
import { callerAccessKeyId, callerUserIndex } from './caller.context';
import { toJobItem } from './job.materialize';
import type { ListJobsResponseBody } from './job.wire';
import { readListJobsParams } from './list-jobs.query';
import type { PaiDlcRouteContext } from './pai-dlc.context';

/** The ListJobs route. */
export function listJobsRoute(ctx: PaiDlcRouteContext): EmulatorRoute {
  const { gateway, dataset, engine, credentials } = ctx;
  return {
    method: 'GET',
    pattern: '/api/v1/jobs',
    operation: 'ListJobs',
    handle(request) {
      const params = readListJobsParams(readAlibabaQuery(gateway, request), {
        directory: dataset.directory,
        callerUserIndex: callerUserIndex(dataset.directory, credentials, callerAccessKeyId(request)),
        nowMs: dataset.now * 1000,
        invalid: (name) =>
          gateway.fail(request, 400, 'InvalidParameter', `The specified parameter "${name}" is invalid.`),
        ...(ctx.listJobsPageCap !== undefined ? { pageSizeCap: ctx.listJobsPageCap } : {}),
      });
      const page = engine.page(params);
      const body: ListJobsResponseBody = {
        Jobs: page.rows.map((row) => toJobItem(row, dataset)),
        TotalCount: page.totalCount,
        RequestId: request.requestId,
      };
      return { status: 200, body };
    },
  };
}
