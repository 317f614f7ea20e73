import { Field, InputType } from 'type-graphql';
import { JobStatus } from '../common/job-status.enum';
import { Provider } from '../common/provider.enum';
import { GraphQLDateTime } from '../scalars';

/** Narrows `Query.jobs`; every condition must hold. */
@InputType({ description: 'Narrows `jobs`; all given conditions must hold.' })
export class JobFilter {
  @Field(() => [Provider], { nullable: true, description: 'Only these providers.' })
  providers?: string[] | null;

  @Field(() => [JobStatus], { nullable: true, description: 'Only jobs in one of these normalized statuses.' })
  statuses?: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only jobs created at or after this time.' })
  createdAfter?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only jobs created at or before this time.' })
  createdBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only jobs whose name contains this text, ignoring case.',
  })
  nameContains?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these Alibaba Cloud regions (e.g. cn-hangzhou); leaves Gravitino out.',
  })
  regions?: string[] | null;
}
