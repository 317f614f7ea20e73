import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { GravitinoMetalakeConnectionArgs } from './gravitino-connection.args';
import { GravitinoJobConnection } from './gravitino-job-connection.type';
import { GravitinoJobTemplateConnection } from './gravitino-job-template-connection.type';
import { GravitinoJobTemplate } from './gravitino-job-template.type';
import { GravitinoTemplateJobsArgs } from './gravitino-job.args';
import { loadGravitinoJobTemplateConnection } from './gravitino-job-templates.connection';
import { loadGravitinoJobConnection, type GravitinoJobConnectionResult } from './gravitino-jobs.connection';
import type { GravitinoJobTemplateNode } from './gravitino-nodes';

/** `Query.gravitinoJobTemplates` and `GravitinoJobTemplate.jobs`. */
@Resolver(() => GravitinoJobTemplate)
export class GravitinoJobTemplateResolver {
  @Query(() => GravitinoJobTemplateConnection, {
    nullable: true,
    description:
      'The job templates of one configured Gravitino metalake, in registration order, with every field (`details=true`). Both paging directions work. Null (with an error) when Gravitino fails.',
  })
  gravitinoJobTemplates(
    @Args(() => GravitinoMetalakeConnectionArgs) args: GravitinoMetalakeConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<GravitinoJobTemplateNode>> {
    const instance = context.instances.gravitinoMetalake(args.metalake, args.instance);
    return loadGravitinoJobTemplateConnection(
      context,
      { instanceId: instance.id, metalake: args.metalake },
      'gravitinoJobTemplates',
      args,
    );
  }

  @FieldResolver(() => GravitinoJobConnection, {
    description:
      'The jobs created from this template (listJobs `jobTemplateName`), newest queued first unless `orderBy` says otherwise.',
  })
  jobs(
    @Root() template: GravitinoJobTemplateNode,
    @Args(() => GravitinoTemplateJobsArgs) args: GravitinoTemplateJobsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<GravitinoJobConnectionResult> {
    const scope = { instanceId: template.instanceId, metalake: template.metalake };
    return loadGravitinoJobConnection(context, scope, 'GravitinoJobTemplate.jobs', args, template.name);
  }
}
