import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PaiJobStatus as WireStatus } from '../../domain/pai-job-status';
import type { PaiRestartRecord as DomainRestartRecord } from '../../domain/pai-job';
import type { ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { GraphQLJSONObject } from '../scalars';
import { PaiCustomEnv } from './pai-custom-env.type';
import { PaiDataSource } from './pai-data-source.type';
import { jobDetail } from './pai-job.details';
import { PaiJobConnection } from './pai-job-connection.type';
import { loadPaiJobConnection } from './pai-jobs.connection';
import { knownPaiJobStatus, PaiJobStatus } from './pai-job-status.enum';
import { PaiJob } from './pai-job.type';
import { PaiJobsArgs } from './pai-job.args';
import { podNode, type PaiDataSourceOfJob, type PaiJobNode, type PodNode } from './pai-nodes';
import { PaiRestartRecord } from './pai-restart-record.type';
import { Pod } from './pod.type';

const GET_JOB_ONLY =
  'GetJob only: selecting it costs one GetJob per job, shared by all GetJob-only fields of the job.';

/** `Query.paiJobs` and the PaiJob fields that need more than the ListJobs item. */
@Resolver(() => PaiJob)
export class PaiJobResolver {
  @Query(() => PaiJobConnection, {
    nullable: true,
    description:
      'PAI-DLC jobs (ListJobs) of every configured PAI-DLC instance, instances in config order, newest created first unless `orderBy` says otherwise. Pages both ways. Several statuses in the filter cost one ListJobs per status and instance, merged in order (ties: in PAI status order). Null, with an error, when PAI-DLC cannot be read.',
  })
  paiJobs(
    @Args(() => PaiJobsArgs) args: PaiJobsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<PaiJobNode>> {
    return loadPaiJobConnection(context, args);
  }

  /** `Username` when ListJobs sends it, else the owner's UID (`UserId`). */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who submitted it (a user id or name), where the provider says.',
  })
  creator(@Root() job: PaiJobNode): string | null {
    return job.username ?? job.userId;
  }

  @FieldResolver(() => [Pod], {
    description:
      "The job's pods (`Pods`), each with its earlier incarnations in `history`. They come with the ListJobs item, so they cost no call. A job whose item carries no pods (not scheduled yet, or PAI left them out) has [] here: jobgraph does not fall back to GetJob, which would cost a call per queued job.",
  })
  pods(@Root() job: PaiJobNode): PodNode[] {
    return job.pods.map((pod) => podNode(pod, job));
  }

  @FieldResolver(() => [PaiDataSource], { description: 'Datasets mounted into the job (`DataSources`).' })
  dataSources(@Root() job: PaiJobNode): PaiDataSourceOfJob[] {
    return job.dataSources.map((source) => ({ ...source, job }));
  }

  @FieldResolver(() => String, {
    description: 'Region of the configured PAI-DLC instance it was read from (e.g. `cn-hangzhou`).',
  })
  region(@Root() job: PaiJobNode, @Ctx() context: GatewayContext): string {
    return context.instances.region('PAI_DLC', job.instanceId);
  }

  @FieldResolver(() => PaiJobStatus, {
    nullable: true,
    description:
      "PAI's own status (`Status`) as an enum; null when PAI sends one it does not document (see providerStatus).",
  })
  paiStatus(@Root() job: PaiJobNode): WireStatus | null {
    return knownPaiJobStatus(job.providerStatus);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The job description (\`Description\`). ${GET_JOB_ONLY}`,
  })
  async description(@Root() job: PaiJobNode, @Ctx() context: GatewayContext): Promise<string | null> {
    return (await jobDetail(context, job))?.description ?? null;
  }

  @FieldResolver(() => [PaiCustomEnv], {
    nullable: true,
    description: `Environment variables the user set, with their visibility (\`CustomEnvs\`); hidden values are null. ${GET_JOB_ONLY} Null when PAI no longer knows the job.`,
  })
  async customEnvs(
    @Root() job: PaiJobNode,
    @Ctx() context: GatewayContext,
  ): Promise<readonly PaiCustomEnv[] | null> {
    return (await jobDetail(context, job))?.customEnvs ?? null;
  }

  @FieldResolver(() => [PaiRestartRecord], {
    nullable: true,
    description: `Automatic (fault-tolerant) restarts of the job (\`RestartRecord\`), in PAI's order. ${GET_JOB_ONLY} Null when PAI no longer knows the job.`,
  })
  async restartRecord(
    @Root() job: PaiJobNode,
    @Ctx() context: GatewayContext,
  ): Promise<readonly DomainRestartRecord[] | null> {
    return (await jobDetail(context, job))?.restartRecord ?? null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: `System environment per role (\`RoleSystemEnvs\`): a free-form map of role → (name → value). ${GET_JOB_ONLY}`,
  })
  async roleSystemEnvs(
    @Root() job: PaiJobNode,
    @Ctx() context: GatewayContext,
  ): Promise<Record<string, unknown> | null> {
    return (await jobDetail(context, job))?.roleSystemEnvs ?? null;
  }
}
