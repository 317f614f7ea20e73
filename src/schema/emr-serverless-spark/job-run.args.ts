import { ArgsType, Field, InputType } from 'type-graphql';
import type { JobStatus as DomainJobStatus } from '../../domain/job-status';
import type { JobRunState } from '../../domain/job-run-status';
import { JobStatus } from '../common/job-status.enum';
import { GraphQLDateTime, GraphQLNonNegativeInt } from '../scalars';
import { EmrConnectionArgs } from './emr-connection.args';
import { EmrJobRunState } from './emr-job-run-state.enum';
import { EmrKeyValueInput } from './emr-key-value.input';

/** Every ListJobRuns filter. */
@InputType({
  description:
    "Which of a workspace's job runs to list (every ListJobRuns filter). All conditions must match.",
})
export class JobRunFilter {
  @Field(() => String, { nullable: true, description: 'Job name (`name`).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'UID of the user who submitted the run (`creator`).' })
  creator?: string | null;

  @Field(() => String, { nullable: true, description: 'One job run ID (`jobRunId`).' })
  jobRunId?: string | null;

  @Field(() => [EmrKeyValueInput], { nullable: true, description: 'Tags the run must all carry (`tags`).' })
  tags?: EmrKeyValueInput[] | null;

  @Field(() => [EmrJobRunState], {
    nullable: true,
    description: "EMR's own states (`states`); any of them matches.",
  })
  states?: JobRunState[] | null;

  @Field(() => [JobStatus], {
    nullable: true,
    description:
      'Normalized statuses, sent as the EMR states that make them up (PENDING → Submitted, Pending; UNKNOWN → CancelFailed). With `states` too, a run must match both.',
  })
  statuses?: DomainJobStatus[] | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Submitted at or after this time (`startTime.startTime`).',
  })
  submittedAfter?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Submitted at or before this time (`startTime.endTime`).',
  })
  submittedBefore?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Ended at or after this time (`endTime.startTime`); runs that have not ended do not match.',
  })
  endedAfter?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Ended at or before this time (`endTime.endTime`).',
  })
  endedBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The resource queue the run used (`resourceQueueId`).',
  })
  resourceQueueId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Deployment ID of a streaming job (`jobRunDeploymentId`).',
  })
  jobRunDeploymentId?: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    nullable: true,
    description: 'Minimum run time in milliseconds (`minDuration`).',
  })
  minDurationMs?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only workflow tasks (true) or only other runs (false) (`isWorkflow`).',
  })
  isWorkflow?: boolean | null;

  @Field(() => [EmrKeyValueInput], {
    nullable: true,
    description:
      'Spark configurations the run must have (`applicationConfigs`), e.g. {key: "spark.app.name", value: "test"}.',
  })
  applicationConfigs?: EmrKeyValueInput[] | null;

  @Field(() => [EmrKeyValueInput], {
    nullable: true,
    description:
      'Runtime configurations the run must have (`runtimeConfigs`), e.g. {key: "mainClass", value: "yourClass"}.',
  })
  runtimeConfigs?: EmrKeyValueInput[] | null;
}

/** Arguments of `Workspace.jobRuns`. */
@ArgsType()
export class JobRunsArgs extends EmrConnectionArgs {
  @Field(() => JobRunFilter, { nullable: true, description: 'Filters; all must match.' })
  filter?: JobRunFilter | null;
}
