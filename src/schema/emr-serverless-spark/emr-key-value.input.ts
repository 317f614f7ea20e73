import { Field, InputType } from 'type-graphql';

/** A `{key, value}` condition of the EMR list filters (tags, Spark and runtime configurations). */
@InputType({ description: 'A `{key, value}` pair an EMR Serverless Spark list filter must match.' })
export class EmrKeyValueInput {
  @Field(() => String, { description: 'The key; must not be empty.' })
  key!: string;

  @Field(() => String, { description: 'The value.' })
  value!: string;
}
