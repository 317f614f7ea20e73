// GetJobRun: GET /api/v1/workspaces/{workspaceId}/jobRuns/{jobRunId}.
import type { EmulatorRoute } from '../shared/emulator-types';
import type { JobRunRow } from './emr-serverless-spark.model';
import type { GetJobRunResponseBody } from './job-run.wire';
import { findWorkspace, type EmrRouteContext } from './emr-serverless-spark.context';
import { paramReader } from './param-reader.query';
import { toJobRunDetail } from './job-run.materialize';

/** The GetJobRun route. */
export function getJobRunRoute(ctx: EmrRouteContext): EmulatorRoute {
  return {
    method: 'GET',
    pattern: '/api/v1/workspaces/:workspaceId/jobRuns/:jobRunId',
    operation: 'GetJobRun',
    handle(request, params) {
      const reader = paramReader(ctx, request);
      const workspaceId = params.workspaceId ?? '';
      const jobRunId = params.jobRunId ?? '';
      const workspace = findWorkspace(ctx, request, workspaceId, reader.query.string('regionId'));
      const id = ctx.index.runById.get(jobRunId);
      const row = id === undefined ? undefined : ctx.index.dataset.runs[id];
      if (!row || row.workspace !== workspace) {
        // A run of another workspace is as unknown here as a made-up id.
        throw ctx.gateway.fail(
          request,
          404,
          'InvalidJobRunId.NotFound',
          `The specified job run ${jobRunId} does not exist.`,
        );
      }
      const body: GetJobRunResponseBody = {
        jobRun: toJobRunDetail(ctx.index.dataset, row as JobRunRow),
        requestId: request.requestId,
      };
      return { status: 200, body };
    },
  };
}
