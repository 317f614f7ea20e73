/**
 * ListJobs: `GET /api/v1/jobs` → `{Jobs, TotalCount, RequestId}`.
 *
 * Visibility: the doc says a PRIVATE job is visible to its owner and the workspace administrator.
 * Every emulator caller is treated as the administrator of every workspace, so it sees all jobs;
 * `Accessibility=PUBLIC|PRIVATE` filters on the job's own Accessibility field, and `ShowOwn=true`
 * narrows to the caller's user (see pai-dlc-caller.ts).
 */
import type { AlibabaCredential, AlibabaGateway } from '../alibaba/alibaba-gateway';
import { readAlibabaQuery } from '../alibaba/alibaba-query';
import type { EmulatorRoute } from '../shared/emulator-types';
import type { PaiDlcDataset } from './pai-dlc.dataset';
import { callerAccessKeyId, callerUserIndex } from './pai-dlc-caller';
import { toJobItem } from './pai-dlc-job.materialize';
import type { ListJobsResponseBody } from './pai-dlc-job.wire';
import { readListJobsParams } from './pai-dlc-list-jobs.params';
import type { ListJobsEngine } from './pai-dlc-list-jobs.query';

/** What the route needs. */
export interface ListJobsRouteDeps {
  readonly gateway: AlibabaGateway;
  readonly dataset: PaiDlcDataset;
  readonly engine: ListJobsEngine;
  readonly credentials: readonly AlibabaCredential[];
}

/** Creates the ListJobs route. */
export function createListJobsRoute(deps: ListJobsRouteDeps): EmulatorRoute {
  const { gateway, dataset, engine, credentials } = deps;
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
