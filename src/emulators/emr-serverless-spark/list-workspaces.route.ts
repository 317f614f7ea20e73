// ListWorkspaces: GET /api/v1/workspaces, newest createTime first. The page documents no maximum
// maxResults: none by default, or a silent cap when the emulator is started with one.
import type { EmulatorRoute } from '../shared/emulator-types';
import type { ListWorkspacesResponseBody } from './workspace.wire';
import type { EmrRouteContext } from './emr-serverless-spark.context';
import { readWorkspaceFilter } from './list-workspaces.query';
import { readPageRequest, slicePage } from './page.query';
import { paramReader } from './param-reader.query';
import { matchesWorkspace, workspaceFilterKey } from './workspace.filter';

/** The ListWorkspaces route. */
export function listWorkspacesRoute(ctx: EmrRouteContext): EmulatorRoute {
  return {
    method: 'GET',
    pattern: '/api/v1/workspaces',
    operation: 'ListWorkspaces',
    handle(request) {
      const reader = paramReader(ctx, request);
      const page = readPageRequest(reader, ctx.workspacePages);
      const filter = readWorkspaceFilter(reader);
      const matched = ctx.index.dataset.workspaces.filter((w) => matchesWorkspace(w.wire, filter));
      const slice = slicePage(reader, page, `ListWorkspaces|${workspaceFilterKey(filter)}`, matched.length);
      const body: ListWorkspacesResponseBody = {
        // Copies, so a caller mutating a body can never alter the dataset.
        workspaces: matched.slice(slice.start, slice.end).map((w) => structuredClone(w.wire)),
        requestId: request.requestId,
        ...(slice.nextToken !== undefined ? { nextToken: slice.nextToken } : {}),
        maxResults: page.maxResults,
        totalCount: matched.length,
      };
      return { status: 200, body };
    },
  };
}
