import { ArgsType, Field } from 'type-graphql';
import type { JobStatus as DomainJobStatus } from '../../domain/job-status';
import type { SaeJobState as DomainSaeJobState } from '../../domain/sae-job-status';
import { JobStatus } from '../common/job-status.enum';
import { RelayConnectionArgs } from '../common/connection.args';
import { SaeJobState } from './sae-job-state.enum';

/** Arguments of `SaeJobTemplate.executions`: DescribeJobHistory's `State` filter, raw or normalized. */
@ArgsType()
export class SaeJobExecutionsArgs extends RelayConnectionArgs {
  @Field(() => SaeJobState, {
    nullable: true,
    description:
      'Only executions in this SAE state: the raw `State` filter of DescribeJobHistory, applied upstream.',
  })
  state?: DomainSaeJobState | null;

  @Field(() => JobStatus, {
    nullable: true,
    description:
      'Only executions with this normalized status, sent upstream as the matching `State`. Statuses SAE never reports (CANCELLING, CANCELLED, UNKNOWN) give an empty list. With `state` too, both must hold.',
  })
  status?: DomainJobStatus | null;
}
