import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { GraphQLDateTime } from '../scalars';
import { EmrQuotaResources } from './emr-quota-resources.type';

/** `prePaidQuota` of a workspace. */
@ObjectType({
  description:
    'The subscription (pre-paid) resource quota of an EMR Serverless Spark workspace (`prePaidQuota`).',
})
export class WorkspacePrePaidQuota {
  @Field(() => EmrQuotaResources, {
    nullable: true,
    description: 'The amount of resources in use (`usedResource`).',
  })
  usedResource!: EmrQuotaResources | null;

  @Field(() => EmrQuotaResources, {
    nullable: true,
    description: 'The most resources that can be used (`maxResource`).',
  })
  maxResource!: EmrQuotaResources | null;

  @Field(() => EmrQuotaResources, {
    nullable: true,
    description: 'The amount of resources allocated (`allocatedResource`).',
  })
  allocatedResource!: EmrQuotaResources | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the quota was created (`createTime`).' })
  createTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the quota expires (`expireTime`).' })
  expireTime!: EpochMillis | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the quota renews itself when it expires (`autoRenewal`); if false it becomes unavailable then.',
  })
  autoRenewal!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Payment status of the quota (`paymentStatus`): NORMAL (active), WAIT_FOR_EXPIRE (about to expire) or EXPIRED.',
  })
  paymentStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ID of the resource instance behind the quota (`instanceId`), e.g. "i-abc12345".',
  })
  instanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'ID of the order that bought the quota (`orderId`).' })
  orderId!: string | null;
}
