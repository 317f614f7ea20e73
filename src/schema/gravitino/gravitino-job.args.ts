import { ArgsType, Field, InputType } from 'type-graphql';
import type { JobStatus as DomainJobStatus } from '../../domain/job-status';
import { JobStatus } from '../common/job-status.enum';
import { GraphQLDateTime } from '../scalars';
import { RelayConnectionArgs } from '../common/connection.args';
import { GravitinoMetalakeConnectionArgs } from './gravitino-connection.args';
import { GravitinoJobOrder } from './gravitino-job-order.input';

/** The filters of a template's runs: every listJobs filter but the template, plus statuses. */
@InputType('GravitinoJobRunFilter', {
  description:
    'Filters of the jobs of one Gravitino job template. Time bounds are inclusive. A v1.3.0 server ignores the time bounds: jobgraph applies them to the whole list itself.',
})
export class GravitinoJobRunFilter {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Only jobs queued at or after this instant (listJobs `queuedAfter`; on v1.3.0 servers, applied by jobgraph to `createdAt`).',
  })
  queuedAfter?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Only jobs started at or after this instant; jobs not started yet are excluded (`startedAfter`). BAD_USER_INPUT against a v1.3.0 server, which reports no start times.',
  })
  startedAfter?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Only jobs finished at or after this instant; unfinished jobs are excluded (`finishedAfter`). BAD_USER_INPUT against a v1.3.0 server, which reports no finish times.',
  })
  finishedAfter?: Date | null;

  @Field(() => [JobStatus], {
    nullable: true,
    description:
      'Only jobs with one of these statuses. Gravitino has no status filter: the gateway filters the list, so `statusCounts` still counts every status.',
  })
  statuses?: DomainJobStatus[] | null;
}

/** Every documented listJobs filter, plus statuses (filtered by the gateway). */
@InputType('GravitinoJobFilter', {
  description:
    'Filters of a Gravitino job list: every listJobs filter, plus statuses. Time bounds are inclusive. A v1.3.0 server ignores the time bounds: jobgraph applies them to the whole list itself.',
})
export class GravitinoJobFilter extends GravitinoJobRunFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Only jobs of this job template (listJobs `jobTemplateName`); an unknown template is an error (NOT_FOUND).',
  })
  jobTemplateName?: string | null;
}

/** `Query.gravitinoJobs` arguments. */
@ArgsType()
export class GravitinoJobsArgs extends GravitinoMetalakeConnectionArgs {
  @Field(() => GravitinoJobFilter, { nullable: true, description: 'Which jobs to list.' })
  filter?: GravitinoJobFilter | null;

  @Field(() => GravitinoJobOrder, {
    nullable: true,
    description: 'The order; newest queued first by default.',
  })
  orderBy?: GravitinoJobOrder | null;
}

/** `GravitinoMetalake.jobs` arguments: the metalake is the parent. */
@ArgsType()
export class GravitinoMetalakeJobsArgs extends RelayConnectionArgs {
  @Field(() => GravitinoJobFilter, { nullable: true, description: 'Which jobs to list.' })
  filter?: GravitinoJobFilter | null;

  @Field(() => GravitinoJobOrder, {
    nullable: true,
    description: 'The order; newest queued first by default.',
  })
  orderBy?: GravitinoJobOrder | null;
}

/** `GravitinoJobTemplate.jobs` arguments: the template is the parent. */
@ArgsType()
export class GravitinoTemplateJobsArgs extends RelayConnectionArgs {
  @Field(() => GravitinoJobRunFilter, { nullable: true, description: 'Which runs to list.' })
  filter?: GravitinoJobRunFilter | null;

  @Field(() => GravitinoJobOrder, {
    nullable: true,
    description: 'The order; newest queued first by default.',
  })
  orderBy?: GravitinoJobOrder | null;
}
