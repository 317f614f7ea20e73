import { ArgsType, Field, Int } from 'type-graphql';
import type { ConnectionArgs } from '../../pagination/connection-args';

/**
 * Relay paging arguments of a connection that pages both ways (page-number and whole-list
 * upstreams): first/after or last/before, not mixed. Token-paged EMR has its own.
 */
@ArgsType()
export class RelayConnectionArgs implements ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Items after `after` (or from the start), 1..100. Default 20 when neither first nor last is given.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Items before `before` (or the list's end), 1..100." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue before.' })
  before?: string | null;
}
