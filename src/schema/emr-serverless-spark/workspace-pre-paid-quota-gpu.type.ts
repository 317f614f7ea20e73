import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { GraphQLDateTime, GraphQLNonNegativeInt } from '../scalars';

/** One `prePaidQuotaGpu` entry of a workspace (named by the SDK; the doc page does not describe it). */
@ObjectType({
  description:
    'A GPU subscription quota of an EMR Serverless Spark workspace (`prePaidQuotaGpu`). Present in the official SDK, not described on the doc page; field meanings follow their names.',
})
export class WorkspacePrePaidQuotaGpu {
  @Field(() => Boolean, { nullable: true, description: 'Whether the quota renews itself (`autoRenewal`).' })
  autoRenewal!: boolean | null;

  @Field(() => String, { nullable: true, description: 'CPU cores of the quota (`cpuCoreCount`), as sent.' })
  cpuCoreCount!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the quota was created (`createTime`).' })
  createTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the quota expires (`expireTime`).' })
  expireTime!: EpochMillis | null;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'GPU amount (`gpuAmount`).' })
  gpuAmount!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of GPU machines (`gpuMachineNum`).',
  })
  gpuMachineNum!: number | null;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'GPU memory size (`gpuMemorySize`).' })
  gpuMemorySize!: number | null;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'Number of GPUs (`gpuNum`).' })
  gpuNum!: number | null;

  @Field(() => String, { nullable: true, description: 'GPU specification (`gpuSpec`).' })
  gpuSpec!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ID of the resource instance behind the quota (`instanceId`).',
  })
  instanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Instance type family (`instanceTypeFamily`).' })
  instanceTypeFamily!: string | null;

  @Field(() => String, { nullable: true, description: 'Instance type (`instanceTypeId`).' })
  instanceTypeId!: string | null;

  @Field(() => String, { nullable: true, description: 'Memory size of the quota (`memorySize`), as sent.' })
  memorySize!: string | null;

  @Field(() => String, { nullable: true, description: 'ID of the order that bought the quota (`orderId`).' })
  orderId!: string | null;

  @Field(() => String, { nullable: true, description: 'Payment status of the quota (`paymentStatus`).' })
  paymentStatus!: string | null;
}
