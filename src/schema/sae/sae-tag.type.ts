import { Field, ObjectType } from 'type-graphql';

/** A tag on an SAE job template (ListJobs `Tags` item). */
@ObjectType({ description: 'A tag on an SAE job template (`Tags` item).' })
export class SaeTag {
  @Field(() => String, { description: 'Tag key (`Key`).' })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Tag value (`Value`); null when SAE sent the key alone.',
  })
  value!: string | null;
}
