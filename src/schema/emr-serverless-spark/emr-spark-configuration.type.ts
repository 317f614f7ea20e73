import { Field, ObjectType } from 'type-graphql';

/** One advanced Spark configuration item. */
@ObjectType({
  description: 'One advanced Spark configuration of an EMR Serverless Spark job run (a Configuration).',
})
export class EmrSparkConfiguration {
  @Field(() => String, {
    nullable: true,
    description: 'The file the item belongs to (`configFileName`), e.g. spark-defaults.conf.',
  })
  configFileName!: string | null;

  @Field(() => String, { nullable: true, description: 'The configuration key (`configItemKey`).' })
  configItemKey!: string | null;

  @Field(() => String, { nullable: true, description: 'The configuration value (`configItemValue`).' })
  configItemValue!: string | null;
}
