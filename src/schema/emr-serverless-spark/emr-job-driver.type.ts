import { Field, ObjectType } from 'type-graphql';
import { EmrSparkSubmit } from './emr-spark-submit.type';

/** `jobDriver` of a job run. */
@ObjectType({
  description: 'The Spark driver of an EMR Serverless Spark job run (`jobDriver`; GetJobRun only).',
})
export class EmrJobDriver {
  @Field(() => EmrSparkSubmit, { nullable: true, description: 'The spark-submit section (`sparkSubmit`).' })
  sparkSubmit!: EmrSparkSubmit | null;
}
