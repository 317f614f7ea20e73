import { ArgsType, Field, Int } from 'type-graphql';

/**
 * Relay paging arguments of the EMR connections. EMR pages with a forward-only `nextToken`, so
 * `last`/`before` exist only to answer with a clear BAD_USER_INPUT instead of a validation error.
 */
@ArgsType()
export class EmrConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Items after `after`, 1..100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Not supported: EMR pages forward only (nextToken), so any value is a BAD_USER_INPUT. Use first/after.',
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Not supported: EMR pages forward only (nextToken), so any value is a BAD_USER_INPUT. Use first/after.',
  })
  before?: string | null;
}
