import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { Provider } from '../common/provider.enum';
import { Node } from '../node/node.interface';
import { GraphQLDateTime, GraphQLNonNegativeInt } from '../scalars';
import { EmrStateChangeReason } from './emr-state-change-reason.type';
import { EmrTag } from './emr-tag.type';
import { WorkspacePrePaidQuotaGpu } from './workspace-pre-paid-quota-gpu.type';
import { WorkspacePrePaidQuota } from './workspace-pre-paid-quota.type';

/**
 * An EMR Serverless Spark workspace: every field of the ListWorkspaces item. `jobRuns` and `region`
 * are resolved in WorkspaceResolver.
 */
@ObjectType({
  implements: Node,
  description:
    'An EMR Serverless Spark workspace (ListWorkspaces): the unit that holds Spark job runs, queues and a resource quota.',
})
export class Workspace extends Node {
  @Field(() => Provider, { description: 'Always EMR_SERVERLESS_SPARK.' })
  provider!: string;

  @Field(() => String, {
    description: "The workspace ID (`workspaceId`), EMR's own id, e.g. `w-d2d82aa09155****`.",
  })
  workspaceId!: string;

  @Field(() => String, {
    name: 'instance',
    description: 'ID of the configured jobgraph instance (account + region) it was read from.',
  })
  instanceId!: string;

  @Field(() => String, { nullable: true, description: 'The name of the workspace (`workspaceName`).' })
  workspaceName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The resource specification (`resourceSpec`), e.g. "100cu".',
  })
  resourceSpec!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The OSS path the workspace stores results in (`storage`).',
  })
  storage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The attached DLF catalog (`dlfCatalogId`), e.g. "default".',
  })
  dlfCatalogId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The type (version) of the attached DLF (`dlfType`), e.g. "1.0".',
  })
  dlfType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The billing method (`paymentType`): PayAsYouGo or Subscription.',
  })
  paymentType!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Unit of the subscription duration (`paymentDurationUnit`): YEAR, MONTH, WEEK, DAY, HOUR or MINUTE. Subscription only.',
  })
  paymentDurationUnit!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'The subscription duration, in paymentDurationUnit (`duration`). Subscription only.',
  })
  duration!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether auto-renewal is on (`autoRenew`). Subscription only.',
  })
  autoRenew!: boolean | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'The auto-renewal duration (`autoRenewPeriod`). Subscription only.',
  })
  autoRenewPeriod!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Unit of the auto-renewal duration (`autoRenewPeriodUnit`): YEAR, MONTH, WEEK, DAY, HOUR or MINUTE.',
  })
  autoRenewPeriodUnit!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The state of the workspace (`workspaceStatus`) as EMR sends it: STARTING, RUNNING or TERMINATED.',
  })
  workspaceStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the workspace failed (`failReason`), e.g. "out of stock".',
  })
  failReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The payment status (`paymentStatus`): PAID or UNPAID.',
  })
  paymentStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The region ID EMR reports for the workspace (`regionId`), e.g. "cn-shanghai".',
  })
  regionId!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the workspace was created (`createTime`).',
  })
  createTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the workspace was released (`endTime`); null while it exists.',
  })
  endTime!: EpochMillis | null;

  @Field(() => EmrStateChangeReason, {
    nullable: true,
    description: 'The last change of the workspace state (`stateChangeReason`).',
  })
  stateChangeReason!: EmrStateChangeReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the workspace was released (`releaseType`), e.g. SERVICE_RELEASE.',
  })
  releaseType!: string | null;

  @Field(() => WorkspacePrePaidQuota, {
    nullable: true,
    description: 'The subscription resource quota (`prePaidQuota`), its JSON resource strings parsed.',
  })
  prePaidQuota!: WorkspacePrePaidQuota | null;

  @Field(() => [EmrTag], {
    description: 'The tags of the workspace (`tags`); entries without a key are left out.',
  })
  tags!: EmrTag[];

  @Field(() => String, {
    nullable: true,
    description: 'The resource group the workspace belongs to (`resourceGroupId`; SDK field).',
  })
  resourceGroupId!: string | null;

  @Field(() => [String], {
    description: 'GPU specifications available to the workspace (`gpuSpec`; SDK field).',
  })
  gpuSpec!: string[];

  @Field(() => [String], { description: 'The IP allow-list of the workspace (`ipWhiteList`; SDK field).' })
  ipWhiteList!: string[];

  @Field(() => [WorkspacePrePaidQuotaGpu], {
    description: 'GPU subscription quotas (`prePaidQuotaGpu`; SDK field).',
  })
  prePaidQuotaGpu!: WorkspacePrePaidQuotaGpu[];
}
