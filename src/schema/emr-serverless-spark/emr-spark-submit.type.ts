import { Field, ObjectType } from 'type-graphql';

/** The spark-submit section of a driver spec. */
@ObjectType({ description: 'How an EMR Serverless Spark job run was submitted (`jobDriver.sparkSubmit`).' })
export class EmrSparkSubmit {
  @Field(() => String, {
    nullable: true,
    description: 'The main jar, py or sql file, an OSS path (`entryPoint`).',
  })
  entryPoint!: string | null;

  @Field(() => [String], { description: 'Arguments passed to the entry point (`entryPointArguments`).' })
  entryPointArguments!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'spark-submit command-line flags, as one string (`sparkSubmitParameters`), e.g. "--conf spark.app.name=test".',
  })
  sparkSubmitParameters!: string | null;
}
