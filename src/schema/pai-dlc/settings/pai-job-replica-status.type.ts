import { Field, ObjectType } from 'type-graphql';
import { GraphQLNonNegativeInt } from '../../scalars';
import { PaiAutoScalingSpec } from '../spec/pai-auto-scaling-spec.type';
import { PaiResourceConfig } from '../spec/pai-resource-config.type';

/** `JobReplicaStatus`. */
@ObjectType('PaiJobReplicaStatus', {
  description: 'Replica counters of one role of the job (`JobReplicaStatuses` entry).',
})
export class PaiJobReplicaStatus {
  @Field(() => String, { nullable: true, description: 'The role (`Type`), e.g. Worker.' })
  type!: string | null;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'Replicas running now (`Active`).' })
  active!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Replicas waiting for resources (`Queuing`).',
  })
  queuing!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Replicas that left the queue and got resources (`Dequeued`).',
  })
  dequeued!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Replicas PAI expects to run (`EstimatedPodCount`).',
  })
  estimatedPodCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Spot instance type the role currently runs on (`CurrentSpotInstanceType`).',
  })
  currentSpotInstanceType!: string | null;

  @Field(() => PaiResourceConfig, {
    nullable: true,
    description: 'Resources PAI estimates each replica needs (`EstimatedResourceConfig`).',
  })
  estimatedResourceConfig!: PaiResourceConfig | null;

  @Field(() => PaiAutoScalingSpec, {
    nullable: true,
    description: 'Autoscaling PAI estimates for the role (`EstimatedAutoScalingSpec`).',
  })
  estimatedAutoScalingSpec!: PaiAutoScalingSpec | null;
}
