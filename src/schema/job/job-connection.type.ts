import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { Job } from './job.interface';
import { JobSource } from './job-source.type';

/** Every provider's jobs in one list, with a report of which sources answered. */
@ObjectType({
  description:
    'Jobs of every provider, newest first (createdAt descending; ties by provider, instance, source, then job id). totalCount is null: a merged list has no cheap total.',
})
export class JobConnection extends ConnectionType(Job, 'Job') {
  @Field(() => [JobSource], {
    description: 'One entry per provider instance in scope: whether its jobs are all in this page.',
  })
  sources!: JobSource[];
}
