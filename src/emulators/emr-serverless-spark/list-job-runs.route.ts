// ListJobRuns: GET /api/v1/workspaces/{workspaceId}/jobRuns, newest submitTime first unless the
// emulator was started with another list order (the documentation states none).
import type { EmulatorRoute } from '../shared/emulator-types';
import type { JobRunRow } from './emr-serverless-spark.model';
import type { ListJobRunsResponseBody } from './job-run.wire';
import { findWorkspace, type EmrRouteContext } from './emr-serverless-spark.context';
import { jobRunFilterKey } from './job-run.filter';
import { readJobRunFilter } from './list-job-runs.query';
import { LIST_JOB_RUNS_MAX_RESULTS, readPageRequest, slicePage } from './page.query';
import { paramReader } from './param-reader.query';
import { toJobRun } from './job-run.materialize';

/** The ListJobRuns route. */
export function listJobRunsRoute(ctx: EmrRouteContext): EmulatorRoute {
  return {
    method: 'GET',
    pattern: '/api/v1/workspaces/:workspaceId/jobRuns',
    operation: 'ListJobRuns',
    handle(request, params) {
      const reader = paramReader(ctx, request);
      const page = readPageRequest(reader, { max: LIST_JOB_RUNS_MAX_RESULTS });
      const filter = readJobRunFilter(reader);
      const groupByState = reader.query.bool('groupByState') ?? false;
      const workspaceId = params.workspaceId ?? '';
      const workspace = findWorkspace(ctx, request, workspaceId, reader.query.string('regionId'));
      const matched = ctx.runs.filter(workspace, filter);
      const scope = `ListJobRuns|${workspaceId}|${jobRunFilterKey(filter)}`;
      const slice = slicePage(reader, page, scope, matched.ids.length);
      const ids = ctx.listOrder(scope, matched.ids);
      const { dataset } = ctx.index;
      const jobRuns = Array.from(ids.subarray(slice.start, slice.end), (id) =>
        toJobRun(dataset, dataset.runs[id] as JobRunRow),
      );
      const body: ListJobRunsResponseBody = {
        jobRuns,
        requestId: request.requestId,
        ...(slice.nextToken !== undefined ? { nextToken: slice.nextToken } : {}),
        maxResults: page.maxResults,
        totalCount: matched.ids.length,
        ...(groupByState
          ? {
              // Undocumented (SDK only): per-state counts of the whole filtered list, as strings.
              aggregations: Object.fromEntries(
                Object.entries(matched.stateCounts()).map(([state, n]) => [state, String(n)]),
              ),
            }
          : {}),
      };
      return { status: 200, body };
    },
  };
}
