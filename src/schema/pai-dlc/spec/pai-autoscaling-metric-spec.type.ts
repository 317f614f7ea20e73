import { Field, Float, Int, ObjectType } from 'type-graphql';

/** `AutoscalingMetricSpec`. */
@ObjectType('PaiAutoscalingMetricSpec', {
  description: 'The metric a role autoscaler follows (`AutoscalingMetricSpec`).',
})
export class PaiAutoscalingMetricSpec {
  @Field(() => String, { nullable: true, description: 'Metric name (`MetricName`).' })
  metricName!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Value the autoscaler steers the metric to (`TargetValue`).',
  })
  targetValue!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds the metric must hold before scaling (`StabilizationWindowSeconds`).',
  })
  stabilizationWindowSeconds!: number | null;
}
