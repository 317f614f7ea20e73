import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import type { ConfigurationOverrides, JobDriver } from '../../domain/job-run';
import { mayReadEmrWorkspace } from '../../domain/tenant-grants';
import { UpstreamError } from '../../errors/upstream.error';
import type { JobRunState } from '../../domain/job-run-status';
import type { GatewayContext } from '../gateway-context';
import { GraphQLDateTime, GraphQLNonNegativeFloat, GraphQLNonNegativeInt, GraphQLURL } from '../scalars';
import { EmrConfigurationOverrides } from './emr-configuration-overrides.type';
import { EmrJobDriver } from './emr-job-driver.type';
import { detailField, listedField } from './job-run.details';
import { EmrJobRunState, knownEmrJobRunState } from './emr-job-run-state.enum';
import { workspaceNode, type JobRunNode, type WorkspaceNode } from './emr-nodes';
import { JobRun } from './job-run.type';
import { Workspace } from './workspace.type';

/** The JobRun fields that need the context: its workspace, and fields only one EMR operation returns. */
@Resolver(() => JobRun)
export class JobRunResolver {
  @FieldResolver(() => Workspace, {
    description:
      'The workspace the run belongs to. Lookups of one request share one ListWorkspaces scan per region.',
  })
  async workspace(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<WorkspaceNode> {
    const key = { instanceId: run.instanceId, workspaceId: run.workspaceId };
    // Every run a request reaches was read from a granted workspace; the check is for defence in depth.
    const granted = mayReadEmrWorkspace(context.tenant, run.workspaceId);
    const workspace = granted ? await context.loaders.emrServerlessSpark.workspacesById.load(key) : null;
    if (workspace === null) {
      // The run was just read, so its workspace was released in between: a real answer, not a crash.
      // An ungranted one gets the same answer, so it cannot be told from a released one.
      throw new UpstreamError({
        provider: 'EMR_SERVERLESS_SPARK',
        operation: 'ListWorkspaces',
        code: null,
        requestId: null,
        classification: 'NOT_FOUND',
        retryable: false,
        message: `Workspace ${run.workspaceId.slice(0, 64)} of this job run is no longer listed by EMR Serverless Spark.`,
      });
    }
    return workspaceNode(workspace);
  }

  @FieldResolver(() => String, {
    description: 'Region of the configured EMR instance it was read from (e.g. `cn-hangzhou`).',
  })
  region(@Root() run: JobRunNode, @Ctx() context: GatewayContext): string {
    return context.instances.region('EMR_SERVERLESS_SPARK', run.instanceId);
  }

  @FieldResolver(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job was submitted (`submitTime`); the same as createdAt.',
  })
  submitTime(@Root() run: JobRunNode): EpochMillis | null {
    return run.createdAt;
  }

  @FieldResolver(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job ended (`endTime`); the same as finishedAt.',
  })
  endTime(@Root() run: JobRunNode): EpochMillis | null {
    return run.finishedAt;
  }

  @FieldResolver(() => EmrJobRunState, {
    nullable: true,
    description:
      "EMR's own state (`state`); null when EMR sends a state it does not document (see providerStatus).",
  })
  state(@Root() run: JobRunNode): JobRunState | null {
    return knownEmrJobRunState(run.providerStatus);
  }

  @FieldResolver(() => EmrJobDriver, {
    nullable: true,
    description:
      'The Spark driver spec (`jobDriver`). GetJobRun only: selecting it on a listed run costs one GetJobRun.',
  })
  jobDriver(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<JobDriver | null> {
    return detailField(context, run, 'jobDriver');
  }

  @FieldResolver(() => EmrConfigurationOverrides, {
    nullable: true,
    description:
      'The advanced Spark configurations (`configurationOverrides`). GetJobRun only, like jobDriver.',
  })
  configurationOverrides(
    @Root() run: JobRunNode,
    @Ctx() context: GatewayContext,
  ): Promise<ConfigurationOverrides | null> {
    return detailField(context, run, 'configurationOverrides');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The environment ID of the run (`environmentId`). GetJobRun only.',
  })
  environmentId(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<string | null> {
    return detailField(context, run, 'environmentId');
  }

  @FieldResolver(() => GraphQLURL, {
    nullable: true,
    description: 'The notebook URL of the run (`notebookAccessUrl`). GetJobRun only.',
  })
  notebookAccessUrl(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<string | null> {
    return detailField(context, run, 'notebookAccessUrl');
  }

  @FieldResolver(() => GraphQLNonNegativeInt, {
    nullable: true,
    description:
      'vCores allocated × run time in seconds (`vcoreSeconds`). ListJobRuns only: on a refetched run it costs one filtered ListJobRuns.',
  })
  vcoreSeconds(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<number | null> {
    return listedField(context, run, 'vcoreSeconds');
  }

  @FieldResolver(() => GraphQLNonNegativeInt, {
    nullable: true,
    description:
      'Memory in MB allocated × run time in seconds (`mbSeconds`). ListJobRuns only, like vcoreSeconds.',
  })
  mbSeconds(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<number | null> {
    return listedField(context, run, 'mbSeconds');
  }

  @FieldResolver(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description:
      'Compute units consumed, in CU-hours (`cuHours`): an estimate; the bill has the actual value. ListJobRuns only.',
  })
  cuHours(@Root() run: JobRunNode, @Ctx() context: GatewayContext): Promise<number | null> {
    return listedField(context, run, 'cuHours');
  }
}
