// What every EMR Serverless Spark route shares: the gateway (errors), the indexes and the run
// selection engine, plus the workspace lookup all three operations start from.
import type { AlibabaGateway } from '../alibaba/alibaba.gateway';
import type { EmulatorRequest } from '../shared/emulator-types';
import type { EmrIndex } from './job-run.index';
import type { JobRunQueryEngine } from './list-job-runs.filter';
import type { PageBounds } from './page.query';

/** Shared state of one emulator instance's routes. */
export interface EmrRouteContext {
  readonly gateway: AlibabaGateway;
  readonly index: EmrIndex;
  readonly runs: JobRunQueryEngine;
  /** ListJobRuns' order (the documentation states none): `scope` names the filtered list. */
  listOrder(scope: string, ids: Int32Array): Int32Array;
  /** ListWorkspaces' page bounds: the documentation states no maximum, so its cap is an option. */
  readonly workspacePages: PageBounds;
}

/** 404 for a workspace that does not exist in the requested region (a regional endpoint would not see it). */
export function findWorkspace(
  ctx: EmrRouteContext,
  request: EmulatorRequest,
  workspaceId: string,
  regionId?: string,
): number {
  const index = ctx.index.workspaceById.get(workspaceId);
  const workspace = index === undefined ? undefined : ctx.index.dataset.workspaces[index];
  if (index === undefined || !workspace || (regionId !== undefined && workspace.wire.regionId !== regionId)) {
    // No EMR-specific code is documented; this follows the POP convention Invalid{Param}.NotFound.
    throw ctx.gateway.fail(
      request,
      404,
      'InvalidWorkspaceId.NotFound',
      `The specified workspace ${workspaceId} does not exist.`,
    );
  }
  return index;
}
