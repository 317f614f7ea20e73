import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { SAE_STATUS_TABLE } from '../../domain/sae-job-status';
import { JobStatus, statusMappingText } from '../common/job-status.enum';
import { Provider } from '../common/provider.enum';
import { Node } from '../node/node.interface';
import { Job } from '../job/job.interface';
import { GraphQLDateTime, GraphQLNonNegativeFloat, GraphQLNonNegativeInt } from '../scalars';

/**
 * One execution (run) of an SAE job template, from DescribeJobHistory or DescribeJobStatus, with
 * the JobFields every job type shares. `template`, `state`, `region` and `creator` (always null) are
 * resolved in SaeJobExecutionResolver.
 */
@ObjectType({
  implements: [Node, Job],
  description: 'One execution (run) of an SAE job template (DescribeJobHistory / DescribeJobStatus).',
})
export class SaeJobExecution extends Node {
  @Field(() => Provider, { description: 'Always SAE.' })
  provider!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The job template's name (executions are runs of a named template); the JobId when the name is not known.",
  })
  name!: string | null;

  @Field(() => JobStatus, {
    description: `State normalized: ${statusMappingText(SAE_STATUS_TABLE, (raw) => `"${raw}"`)}; anything else → UNKNOWN.`,
  })
  status!: string;

  @Field(() => String, {
    description: 'SAE\'s own state code (`State`) unchanged: "0".."3"; empty when SAE sent none.',
  })
  providerStatus!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When SAE created the execution (`StartTime`).',
  })
  createdAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When it started running: `StartTime`, except null while it has not executed yet (state "0").',
  })
  startedAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the execution completed (`CompletionTime`).',
  })
  finishedAt!: EpochMillis | null;

  @Field(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description: 'How long it ran: finishedAt − startedAt in milliseconds (run time), when both are known.',
  })
  durationMs!: number | null;

  @Field(() => String, {
    description:
      "Execution ID (`JobId`), SAE's own id for the run: `manual-<uuid>`, `event-<uuid>`, or `<AppName>-<epoch minutes>` for scheduled runs.",
  })
  jobId!: string;

  @Field(() => String, { description: 'ID of the job template it ran from (`AppId`).' })
  appId!: string;

  @Field(() => String, { nullable: true, description: "The job template's name (`AppName`), when known." })
  appName!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of running instances (`Active`).',
  })
  active!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of instances that succeeded (`Succeeded`).',
  })
  succeeded!: number | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Number of instances that failed (`Failed`).',
  })
  failed!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the execution failed or is waiting (`Message`).' })
  message!: string | null;

  @Field(() => String, {
    name: 'instance',
    description: 'Id of the configured SAE instance (account + region) it was read from.',
  })
  instanceId!: string;
}
