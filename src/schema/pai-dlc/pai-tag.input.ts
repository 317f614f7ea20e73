import { Field, InputType } from 'type-graphql';

/** One ListJobs `Tags` entry. */
@InputType('PaiTagInput', {
  description: 'A tag a PAI-DLC job must carry in its `Settings.Tags` (one `Tags` entry).',
})
export class PaiTagInput {
  @Field(() => String, { description: 'Tag key.' })
  key!: string;

  @Field(() => String, { description: 'Tag value; the job must carry exactly this value under the key.' })
  value!: string;
}
