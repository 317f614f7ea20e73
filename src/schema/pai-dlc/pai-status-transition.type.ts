import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { JobStatus } from '../common/job-status.enum';
import { GraphQLDateTime } from '../scalars';

/** `StatusTransitionItem`. */
@ObjectType('PaiStatusTransition', {
  description: "One interval of a PAI-DLC job's status timeline (`StatusHistory` entry), oldest first.",
})
export class PaiStatusTransition {
  @Field(() => JobStatus, { description: 'The status of the interval, normalized like the job status.' })
  status!: string;

  @Field(() => String, {
    description: "PAI's own status of the interval (`Status`), unchanged; empty when absent.",
  })
  providerStatus!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job entered the status (`StartTime`).',
  })
  startTime!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it left the status (`EndTime`); null for the status the job is still in.',
  })
  endTime!: EpochMillis | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it entered the status (`ReasonCode`), e.g. `JobEnqueued`.',
  })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The same reason in words (`ReasonMessage`).' })
  reasonMessage!: string | null;
}
