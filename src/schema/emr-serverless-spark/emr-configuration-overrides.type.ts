import { Field, ObjectType } from 'type-graphql';
import { EmrSparkConfiguration } from './emr-spark-configuration.type';

/** `configurationOverrides` of a job run. */
@ObjectType({
  description:
    'The advanced Spark configurations of an EMR Serverless Spark job run (`configurationOverrides`; GetJobRun only).',
})
export class EmrConfigurationOverrides {
  @Field(() => [EmrSparkConfiguration], { description: 'The Spark configurations (`configurations`).' })
  configurations!: EmrSparkConfiguration[];
}
