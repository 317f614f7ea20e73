import { ArgsType, Field, Int } from 'type-graphql';

/** Forward paging only: a merged list's position is a point in time, not an offset. */
@ArgsType()
export class JobsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after the edge with this cursor.' })
  after?: string | null;
}
