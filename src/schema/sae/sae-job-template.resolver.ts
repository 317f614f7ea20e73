import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { SaeJobState as DomainSaeJobState } from '../../domain/sae-job-status';
import type { ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { loadSaeJobExecutionConnection } from './sae-job-executions.connection';
import { SaeJobExecutionConnection } from './sae-job-execution-connection.type';
import { SaeJobExecutionsArgs } from './sae-job-execution.args';
import { knownSaeJobState, SaeJobState } from './sae-job-state.enum';
import { SaeJobTemplateConnection } from './sae-job-template-connection.type';
import { SaeJobTemplatesArgs } from './sae-job-template.args';
import { SaeJobTemplate } from './sae-job-template.type';
import type { SaeJobExecutionNode, SaeJobTemplateNode } from './sae-nodes';
import { loadSaeJobTemplateConnection } from './sae-job-templates.connection';

/** `Query.saeJobTemplates` and the SaeJobTemplate fields that need more than the ListJobs item. */
@Resolver(() => SaeJobTemplate)
export class SaeJobTemplateResolver {
  @Query(() => SaeJobTemplateConnection, {
    nullable: true,
    description:
      'SAE job templates (ListJobs) of every configured SAE instance, instances in config order. Null, with an error, when SAE cannot be read.',
  })
  saeJobTemplates(
    @Args(() => SaeJobTemplatesArgs) args: SaeJobTemplatesArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<SaeJobTemplateNode>> {
    return loadSaeJobTemplateConnection(context, args);
  }

  @FieldResolver(() => SaeJobExecutionConnection, {
    description: "The template's executions (DescribeJobHistory), newest first.",
  })
  executions(
    @Root() template: SaeJobTemplateNode,
    @Args(() => SaeJobExecutionsArgs) args: SaeJobExecutionsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConnectionResult<SaeJobExecutionNode>> {
    return loadSaeJobExecutionConnection(context, template, args);
  }

  @FieldResolver(() => SaeJobState, {
    nullable: true,
    description:
      'State of the latest execution (`LastJobState`); null when absent or a code jobgraph does not know.',
  })
  lastJobState(@Root() template: SaeJobTemplateNode): DomainSaeJobState | null {
    return knownSaeJobState(template.lastJobState);
  }

  @FieldResolver(() => String, {
    description: 'Region of the configured SAE instance it was read from (e.g. `cn-hangzhou`).',
  })
  region(@Root() template: SaeJobTemplateNode, @Ctx() context: GatewayContext): string {
    return context.instances.region('SAE', template.instanceId);
  }
}
