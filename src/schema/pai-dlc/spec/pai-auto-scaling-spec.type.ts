import { Field, Int, ObjectType } from 'type-graphql';
import { PaiAutoscalingMetricSpec } from './pai-autoscaling-metric-spec.type';

/** `AutoScalingSpec`. */
@ObjectType('PaiAutoScalingSpec', {
  description: 'Replica autoscaling of a role (`AutoScalingSpec`).',
})
export class PaiAutoScalingSpec {
  @Field(() => Int, { nullable: true, description: 'Fewest replicas (`MinReplicas`).' })
  minReplicas!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most replicas (`MaxReplicas`).' })
  maxReplicas!: number | null;

  @Field(() => String, { nullable: true, description: 'Scaling strategy (`ScalingStrategy`).' })
  scalingStrategy!: string | null;

  @Field(() => [String], { description: 'Pods chosen to be removed on the next scale-in (`PodsToDelete`).' })
  podsToDelete!: string[];

  @Field(() => PaiAutoscalingMetricSpec, {
    nullable: true,
    description: 'The metric scaling follows (`AutoscalingMetricSpec`).',
  })
  autoscalingMetricSpec!: PaiAutoscalingMetricSpec | null;
}
