import { Field, InterfaceType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { JobStatus } from '../common/job-status.enum';
import { Provider } from '../common/provider.enum';
import { GraphQLDateTime, GraphQLNonNegativeFloat } from '../scalars';
import { Node } from '../node/node.interface';

/**
 * What every job has, whichever provider ran it: EMR job runs, PAI-DLC jobs, SAE job executions and
 * Gravitino jobs. `Query.jobs` lists them all in one newest-first connection.
 */
@InterfaceType({
  implements: Node,
  description:
    'A job run by any provider, with its status normalized. `Query.jobs` lists them all, newest first.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Job extends Node {
  @Field(() => Provider, { description: 'Which provider ran it.' })
  provider!: string;

  @Field(() => String, {
    nullable: true,
    description: "The job's name as its provider shows it, when it has one.",
  })
  name!: string | null;

  @Field(() => JobStatus, { description: 'The status, normalized across providers.' })
  status!: string;

  @Field(() => String, { description: "The provider's own status, unchanged." })
  providerStatus!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the job was submitted or created: the order of `Query.jobs`.',
  })
  createdAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it started running, when the provider reports it.',
  })
  startedAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it finished, whatever the outcome.' })
  finishedAt!: EpochMillis | null;

  @Field(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description:
      "How long it ran, in milliseconds: run time only, the same on every provider (from when it started running to when it finished, or the provider's own run duration such as PAI-DLC `Duration`), never time spent queued. Null when not known, and always null on EMR Serverless Spark, which never reports when a run began running (its queue-plus-run time is `JobRun.totalDurationMs`).",
  })
  durationMs!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who submitted it (a user id or name), where the provider says.',
  })
  creator!: string | null;
}
