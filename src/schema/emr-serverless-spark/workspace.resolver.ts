import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { JobRunNode, WorkspaceNode } from './emr-nodes';
import { JobRunConnection } from './job-run-connection.type';
import { loadJobRunConnection } from './job-runs.connection';
import { JobRunsArgs } from './job-run.args';
import { WorkspaceConnection } from './workspace-connection.type';
import { loadWorkspaceConnection } from './workspaces.connection';
import { WorkspacesArgs } from './workspace.args';
import { Workspace } from './workspace.type';

/** `Query.workspaces` and the Workspace fields beyond the ListWorkspaces item. */
@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => WorkspaceConnection, {
    nullable: true,
    description:
      "EMR Serverless Spark workspaces (ListWorkspaces) of every configured EMR instance, instances in config order, each in EMR's own order. Forward paging only (first/after). Null, with an error, when EMR cannot be read.",
  })
  workspaces(
    @Args(() => WorkspacesArgs) args: WorkspacesArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<WorkspaceNode>> {
    return loadWorkspaceConnection(context, args);
  }

  @FieldResolver(() => JobRunConnection, {
    description:
      "The workspace's Spark job runs (ListJobRuns), in EMR's own order. Forward paging only (first/after).",
  })
  jobRuns(
    @Root() workspace: WorkspaceNode,
    @Args(() => JobRunsArgs) args: JobRunsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<JobRunNode>> {
    return loadJobRunConnection(context, workspace, args);
  }

  @FieldResolver(() => String, {
    description:
      'Region of the configured EMR instance it was read from (e.g. `cn-hangzhou`); ListWorkspaces is regional.',
  })
  region(@Root() workspace: WorkspaceNode, @Ctx() context: GatewayContext): string {
    return context.instances.region('EMR_SERVERLESS_SPARK', workspace.instanceId);
  }
}
