import { ArgsType, Field, Int } from 'type-graphql';
import { PaiJobFilter } from './pai-job-filter.input';
import { PaiJobOrder } from './pai-job-order.input';

/** Arguments of `Query.paiJobs`: Relay paging both ways (PAI pages by number), filter and order. */
@ArgsType()
export class PaiJobsArgs {
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

  @Field(() => PaiJobFilter, {
    nullable: true,
    description: 'Which jobs to list; default: every job of every instance.',
  })
  filter?: PaiJobFilter | null;

  @Field(() => PaiJobOrder, {
    nullable: true,
    description: 'How PAI sorts them; default: newest created first.',
  })
  orderBy?: PaiJobOrder | null;
}
