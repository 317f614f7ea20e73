import { Field, Int, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { JobStatus } from '../common/job-status.enum';
import { Provider } from '../common/provider.enum';
import { Node } from '../node/node.interface';
import { GraphQLDateTime, GraphQLNonNegativeFloat, GraphQLNonNegativeInt } from '../scalars';

/**
 * The first half of PaiJob's fields (split for size): identity, the fields every job shares,
 * ownership and placement, status and its times. Never in the schema by itself.
 */
@ObjectType('PaiJobRunFields')
export abstract class PaiJobRunFields extends Node {
  @Field(() => Provider, { description: 'Always PAI_DLC.' })
  provider!: string;

  @Field(() => String, { nullable: true, description: 'The job name (`DisplayName`).' })
  name!: string | null;

  @Field(() => JobStatus, {
    description: 'The status, normalized across providers (see PaiJobStatus for the mapping).',
  })
  status!: string;

  @Field(() => String, { description: "PAI's own status (`Status`), unchanged; see also `paiStatus`." })
  providerStatus!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job was created (`GmtCreateTime`).',
  })
  createdAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it started running (`GmtRunningTime`).',
  })
  startedAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When it finished (`GmtFinishTime`), or for a finished job without one, the time of its Succeeded/Failed/Stopped status.',
  })
  finishedAt!: EpochMillis | null;

  @Field(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description:
      'How long it ran in milliseconds, run time only: `Duration` × 1000, or finishedAt − startedAt without it.',
  })
  durationMs!: number | null;

  @Field(() => String, {
    name: 'instance',
    description: 'Id of the configured PAI-DLC instance (account + region) it was read from.',
  })
  instanceId!: string;

  @Field(() => String, { description: "PAI's job ID (`JobId`), e.g. `dlc-20210126170216-mtl37ge7gkvdz`." })
  jobId!: string;

  @Field(() => String, { nullable: true, description: 'The job name (`DisplayName`), the same as `name`.' })
  displayName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The framework (`JobType`): TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ...',
  })
  jobType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Finer status within the status (`SubStatus`), e.g. `Restarting`.',
  })
  subStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the job is in its status (`ReasonCode`), e.g. `JobStoppedByUser`.',
  })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The same reason in words (`ReasonMessage`).' })
  reasonMessage!: string | null;

  @Field(() => String, { nullable: true, description: 'PAI workspace ID (`WorkspaceId`).' })
  workspaceId!: string | null;

  @Field(() => String, { nullable: true, description: 'PAI workspace name (`WorkspaceName`).' })
  workspaceName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resource group (quota) ID the job runs on (`ResourceId`); empty for public resources.',
  })
  resourceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of resources (`ResourceType`): ECS, Lingjun or ACS.',
  })
  resourceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Resource level (`ResourceLevel`), e.g. L0.' })
  resourceLevel!: string | null;

  @Field(() => String, { nullable: true, description: 'Resource group name (`ResourceName`).' })
  resourceName!: string | null;

  @Field(() => String, { nullable: true, description: 'Resource quota name (`ResourceQuotaName`).' })
  resourceQuotaName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'UID of the Alibaba Cloud account that owns the job (`UserId`).',
  })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the user who submitted it (`Username`).' })
  username!: string | null;

  @Field(() => Int, { nullable: true, description: 'Scheduling priority, 1 (lowest) to 9 (`Priority`).' })
  priority!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Who can see it (`Accessibility`): PUBLIC (the workspace) or PRIVATE (the owner and admins).',
  })
  accessibility!: string | null;

  @Field(() => String, { nullable: true, description: 'Cluster the job runs in (`ClusterId`).' })
  clusterId!: string | null;

  @Field(() => String, { nullable: true, description: 'Tenant ID (`TenantId`).' })
  tenantId!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Seconds the job has run (`Duration`), as sent.',
  })
  duration!: number | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job was created (`GmtCreateTime`).',
  })
  gmtCreateTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it was submitted to the cluster (`GmtSubmittedTime`).',
  })
  gmtSubmittedTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it started running (`GmtRunningTime`).',
  })
  gmtRunningTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When it succeeded (`GmtSuccessedTime`, PAI's spelling).",
  })
  gmtSuccessedTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it failed (`GmtFailedTime`).' })
  gmtFailedTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was stopped (`GmtStoppedTime`).' })
  gmtStoppedTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it finished (`GmtFinishTime`); absent while its pods are still reserved.',
  })
  gmtFinishTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job record last changed (`GmtModifiedTime`).',
  })
  gmtModifiedTime!: EpochMillis | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Restarts as PAI writes them (`RestartTimes`): a count ("1") in ListJobs, "used/max" ("0/10") in GetJob.',
  })
  restartTimes!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Restarts so far, read from `restartTimes`.',
  })
  restartCount!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Most restarts allowed, when `restartTimes` says ("used/max").',
  })
  maxRestartTimes!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Times the job was retried (`RetryCount`).',
  })
  retryCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Minutes after which PAI stops the job (`JobMaxRunningTimeMinutes`); 0 or absent for no limit.',
  })
  jobMaxRunningTimeMinutes!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the job may be preempted (`EnablePreemptibleJob`).',
  })
  enablePreemptibleJob!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the job was deleted (`IsDeleted`).' })
  isDeleted!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the job runs on idle (oversold) resources (`UseOversoldResource`).',
  })
  useOversoldResource!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Template the job was created from (`TemplateId`).' })
  templateId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that template (`TemplateName`).' })
  templateName!: string | null;
}
