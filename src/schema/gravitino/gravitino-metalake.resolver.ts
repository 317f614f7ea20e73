import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { RelayConnectionArgs } from '../common/connection.args';
import { GravitinoJobConnection } from './gravitino-job-connection.type';
import { GravitinoJobTemplateConnection } from './gravitino-job-template-connection.type';
import { GravitinoMetalakeJobsArgs } from './gravitino-job.args';
import { loadGravitinoJobTemplateConnection } from './gravitino-job-templates.connection';
import { loadGravitinoJobConnection, type GravitinoJobConnectionResult } from './gravitino-jobs.connection';
import { GravitinoMetalakeConnection } from './gravitino-metalake-connection.type';
import { GravitinoMetalakesArgs } from './gravitino-metalake.args';
import { GravitinoMetalake } from './gravitino-metalake.type';
import { loadGravitinoMetalakeConnection } from './gravitino-metalakes.connection';
import type { GravitinoJobTemplateNode, GravitinoMetalakeNode } from './gravitino-nodes';

/** `Query.gravitinoMetalakes` and the metalake's job and template lists. */
@Resolver(() => GravitinoMetalake)
export class GravitinoMetalakeResolver {
  @Query(() => GravitinoMetalakeConnection, {
    nullable: true,
    description:
      'The Gravitino metalakes this gateway is configured to read, with their details: instance after instance in config order, each in config order. Null (with an error) when Gravitino fails.',
  })
  gravitinoMetalakes(
    @Args(() => GravitinoMetalakesArgs) args: GravitinoMetalakesArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<GravitinoMetalakeNode>> {
    return loadGravitinoMetalakeConnection(context, args);
  }

  @FieldResolver(() => GravitinoJobConnection, {
    description: 'The jobs of this metalake; the same list as `gravitinoJobs`.',
  })
  jobs(
    @Root() metalake: GravitinoMetalakeNode,
    @Args(() => GravitinoMetalakeJobsArgs) args: GravitinoMetalakeJobsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<GravitinoJobConnectionResult> {
    return loadGravitinoJobConnection(
      context,
      { instanceId: metalake.instanceId, metalake: metalake.name },
      'GravitinoMetalake.jobs',
      args,
    );
  }

  @FieldResolver(() => GravitinoJobTemplateConnection, {
    description: 'The job templates of this metalake, in registration order.',
  })
  jobTemplates(
    @Root() metalake: GravitinoMetalakeNode,
    @Args(() => RelayConnectionArgs) args: RelayConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<GravitinoJobTemplateNode>> {
    const scope = { instanceId: metalake.instanceId, metalake: metalake.name };
    return loadGravitinoJobTemplateConnection(context, scope, 'GravitinoMetalake.jobTemplates', args);
  }
}
