import { Field, ObjectType } from 'type-graphql';

/** A tag of an EMR workspace or job run, under one spelling. */
@ObjectType({
  description:
    'A tag of an EMR Serverless Spark resource. Workspaces send `{tagKey, tagValue}` and job runs `{key, value}`; both read as `{key, value}` here.',
})
export class EmrTag {
  @Field(() => String, { description: 'Tag key (`tagKey` / `key`).' })
  key!: string;

  @Field(() => String, { description: 'Tag value (`tagValue` / `value`); empty when the tag has none.' })
  value!: string;
}
