import { Field, ObjectType } from 'type-graphql';

/** `log` of a job run: where its driver logs are. */
@ObjectType({ description: "OSS paths of an EMR Serverless Spark job run's driver logs (`log`, a RunLog)." })
export class JobRunLog {
  @Field(() => String, { nullable: true, description: 'OSS path of the driver stdout (`driverStdOut`).' })
  driverStdOut!: string | null;

  @Field(() => String, { nullable: true, description: 'OSS path of the driver stderr (`driverStdError`).' })
  driverStdError!: string | null;

  @Field(() => String, { nullable: true, description: 'OSS path of the driver syslog (`driverSyslog`).' })
  driverSyslog!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'OSS path of the driver startup log (`driverStartup`).',
  })
  driverStartup!: string | null;
}
