import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../gateway-context';
import { GravitinoJobConnection } from './gravitino-job-connection.type';
import { GravitinoJobTemplate } from './gravitino-job-template.type';
import { GravitinoJob } from './gravitino-job.type';
import { GravitinoJobsArgs } from './gravitino-job.args';
import { loadGravitinoJobConnection, type GravitinoJobConnectionResult } from './gravitino-jobs.connection';
import {
  gravitinoJobTemplateNode,
  type GravitinoJobNode,
  type GravitinoJobTemplateNode,
} from './gravitino-nodes';

/** `Query.gravitinoJobs`, `GravitinoJob.creator` and `GravitinoJob.template`. */
@Resolver(() => GravitinoJob)
export class GravitinoJobResolver {
  @Query(() => GravitinoJobConnection, {
    nullable: true,
    description:
      'The jobs of one configured Gravitino metalake, newest queued first unless `orderBy` says otherwise. Gravitino returns the whole list, so both paging directions work. Null (with an error) when Gravitino fails.',
  })
  gravitinoJobs(
    @Args(() => GravitinoJobsArgs) args: GravitinoJobsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<GravitinoJobConnectionResult> {
    const instance = context.instances.gravitinoMetalake(args.metalake, args.instance);
    return loadGravitinoJobConnection(
      context,
      { instanceId: instance.id, metalake: args.metalake },
      'gravitinoJobs',
      args,
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'The user who ran the job (`audit.creator`).' })
  creator(@Root() job: GravitinoJobNode): string | null {
    return job.audit.creator;
  }

  @FieldResolver(() => GravitinoJobTemplate, {
    nullable: true,
    description:
      'The job template the job was created from; null if the template has since been deleted (or renamed). Lookups of one metalake are batched into one call.',
  })
  template(
    @Root() job: GravitinoJobNode,
    @Ctx() context: GatewayContext,
  ): Promise<GravitinoJobTemplateNode | null> {
    if (job.jobTemplateName === '') return Promise.resolve(null);
    const key = { instanceId: job.instanceId, metalake: job.metalake, name: job.jobTemplateName };
    return context.loaders.gravitino.templates
      .load(key)
      .then((template) => template && gravitinoJobTemplateNode(template));
  }
}
