import { ArgsType, Field } from 'type-graphql';
import { RelayConnectionArgs } from '../common/connection.args';
import { PaiJobFilter } from './pai-job-filter.input';
import { PaiJobOrder } from './pai-job-order.input';

/** Arguments of `Query.paiJobs`: Relay paging both ways (PAI pages by number), filter and order. */
@ArgsType()
export class PaiJobsArgs extends RelayConnectionArgs {
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
