import { ArgsType, Field, Int } from 'type-graphql';

/** Relay paging arguments of the SAE connections; both directions, since SAE pages by number. */
@ArgsType()
export class SaeConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Items after `after`, 1..100. Default 20 when neither first nor last is given.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Items before `before` (or the list's end), 1..100." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue before.' })
  before?: string | null;
}
