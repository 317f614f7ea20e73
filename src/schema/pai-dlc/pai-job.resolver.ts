import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PaiJobStatus as WireStatus } from '../../domain/pai-dlc-job-status';
import type { ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { GraphQLJSONObject } from '../scalars';
import { PaiCustomEnv } from './pai-custom-env.type';
import { jobDetail } from './pai-job-details';
import { PaiJobConnection } from './pai-job-connection.type';
import { listPaiJobs } from './pai-job-listing';
import { knownPaiJobStatus, PaiJobStatus } from './pai-job-status.enum';
import { PaiJob } from './pai-job.type';
import { PaiJobsArgs } from './pai-job.args';
import { restartRecordNode, type PaiJobNode, type PaiRestartRecordNode } from './pai-nodes';
import { PaiRestartRecord } from './pai-restart-record.type';

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
    return listPaiJobs(context, args);
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
  ): Promise<PaiRestartRecordNode[] | null> {
    const records = (await jobDetail(context, job))?.restartRecord;
    return records ? records.map(restartRecordNode) : null;
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
