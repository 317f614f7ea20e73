import { Field, ObjectType } from 'type-graphql';
import type { EpochMillis } from '../../domain/instant';
import { EMR_STATUS_TABLE } from '../../domain/job-run-status';
import { JobStatus, statusMappingText } from '../common/job-status.enum';
import { Provider } from '../common/provider.enum';
import { Node } from '../node/node.interface';
import { GraphQLDateTime, GraphQLNonNegativeFloat, GraphQLNonNegativeInt, GraphQLURL } from '../scalars';
import { Job } from '../job/job.interface';
import { EmrStateChangeReason } from './emr-state-change-reason.type';
import { EmrTag } from './emr-tag.type';
import { JobRunLog } from './job-run-log.type';

/**
 * An EMR Serverless Spark job run: the fields ListJobRuns and GetJobRun share, plus the JobFields
 * every job type has. Fields only one of the two operations returns (jobDriver, cuHours, …),
 * `state`, `region`, `workspace` and the wire-named aliases `submitTime`/`endTime` are resolved in
 * JobRunResolver, so GetJobRun is called only when a client selects a field that needs it.
 */
@ObjectType({
  implements: [Node, Job],
  description: 'One run of a Spark job in an EMR Serverless Spark workspace (ListJobRuns / GetJobRun).',
})
export class JobRun extends Node {
  @Field(() => Provider, { description: 'Always EMR_SERVERLESS_SPARK.' })
  provider!: string;

  @Field(() => String, { description: "The job run ID (`jobRunId`), EMR's own id, e.g. `jr-231231`." })
  jobRunId!: string;

  @Field(() => String, { description: 'ID of the workspace the run belongs to (`workspaceId`).' })
  workspaceId!: string;

  @Field(() => String, {
    name: 'instance',
    description: 'ID of the configured jobgraph instance (account + region) it was read from.',
  })
  instanceId!: string;

  @Field(() => String, { nullable: true, description: 'The job name (`name`).' })
  name!: string | null;

  @Field(() => JobStatus, {
    description: `The state normalized: ${statusMappingText(EMR_STATUS_TABLE)}; anything else → UNKNOWN.`,
  })
  status!: string;

  @Field(() => String, {
    description: "EMR's own state string (`state`) unchanged, e.g. Running; empty when EMR sent none.",
  })
  providerStatus!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the run was submitted (`submitTime`).' })
  createdAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Always null: EMR reports when a run was submitted and when it ended, never when it began running.',
  })
  startedAt!: EpochMillis | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the run ended (`endTime`); null while it has not.',
  })
  finishedAt!: EpochMillis | null;

  @Field(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description:
      'Always null: `durationMs` is run time on every provider, and EMR never reports when a run began running. Its queue-plus-run time is `totalDurationMs`.',
  })
  durationMs!: number | null;

  @Field(() => GraphQLNonNegativeFloat, {
    nullable: true,
    description:
      'endTime − submitTime in milliseconds, once the run has ended: the time it waited for resources plus the time it ran (EMR reports no split). Not comparable with `durationMs` of other providers, which is run time only.',
  })
  totalDurationMs!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'UID of the user who submitted the run: ListJobRuns `creator`, GetJobRun `resourceOwnerId` (the same value).',
  })
  creator!: string | null;

  @Field(() => EmrStateChangeReason, {
    nullable: true,
    description: 'The reason for the last state change (`stateChangeReason`).',
  })
  stateChangeReason!: EmrStateChangeReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'The code type of the job (`codeType`): SQL, JAR or PYTHON.',
  })
  codeType!: string | null;

  @Field(() => GraphQLURL, { nullable: true, description: 'The Spark web UI of the run (`webUI`).' })
  webUI!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'The timeout of the run, in seconds (`executionTimeoutSeconds`).',
  })
  executionTimeoutSeconds!: number | null;

  @Field(() => [EmrTag], { description: 'The tags of the run (`tags`), e.g. workflowId for workflow tasks.' })
  tags!: EmrTag[];

  @Field(() => JobRunLog, { nullable: true, description: "Where the run's driver logs are (`log`)." })
  log!: JobRunLog | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The Spark engine version that ran the job (`releaseVersion`), e.g. "esr-3.0.0 (Spark 3.4.3, Scala 2.12, Native Runtime)".',
  })
  releaseVersion!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The engine version as the console shows it (`displayReleaseVersion`), e.g. "esr-3.0.0 (Spark 3.4.3, Scala 2.12)".',
  })
  displayReleaseVersion!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the Fusion engine accelerated the run (`fusion`).',
  })
  fusion!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The resource queue the run used (`resourceQueueId`), e.g. dev_queue.',
  })
  resourceQueueId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The run priority as EMR sends it, a numeric string such as "5" (`priority`; SDK field).',
  })
  priority!: string | null;
}
