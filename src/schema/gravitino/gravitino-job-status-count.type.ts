import { Field, ObjectType } from 'type-graphql';
import { JobStatus } from '../common/job-status.enum';
import { GraphQLNonNegativeInt } from '../scalars';

/** One entry of listJobs' `statusCounts`. */
@ObjectType('GravitinoJobStatusCount', { description: 'How many jobs of a list have one status.' })
export class GravitinoJobStatusCount {
  @Field(() => JobStatus, { description: 'The status, normalized.' })
  status!: string;

  @Field(() => String, {
    description:
      'The status as Gravitino names it in `statusCounts` (`queued`, `started`, `succeeded`, `failed`, `cancelling`, `cancelled`).',
  })
  providerStatus!: string;

  @Field(() => GraphQLNonNegativeInt, { description: 'Number of jobs with this status.' })
  count!: number;
}
