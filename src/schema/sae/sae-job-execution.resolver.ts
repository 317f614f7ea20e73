import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SaeJobState as DomainSaeJobState } from '../../domain/sae-job-status';
import { mayReadSaeNamespace } from '../../domain/tenant-grants';
import { UpstreamError } from '../../errors/upstream.error';
import type { GatewayContext } from '../gateway-context';
import { SaeJobExecution } from './sae-job-execution.type';
import { knownSaeJobState, SaeJobState } from './sae-job-state.enum';
import { SaeJobTemplate } from './sae-job-template.type';
import { saeJobTemplateNode, type SaeJobExecutionNode, type SaeJobTemplateNode } from './sae-nodes';

/** The SaeJobExecution fields that need more than the DescribeJobHistory item. */
@Resolver(() => SaeJobExecution)
export class SaeJobExecutionResolver {
  @FieldResolver(() => SaeJobTemplate, {
    description:
      'The job template it ran from. Looked up by AppId (one ListJobs per distinct AppId in the request, or batched where the instance batches lookups); free when the template was listed.',
  })
  async template(
    @Root() execution: SaeJobExecutionNode,
    @Ctx() context: GatewayContext,
  ): Promise<SaeJobTemplateNode> {
    const template = await context.loaders.sae.templatesById.load({
      instanceId: execution.instanceId,
      appId: execution.appId,
    });
    // Executions are only reached through granted templates; this check is defence in depth, and
    // answers an ungranted template exactly as a deleted one.
    if (template === null || !mayReadSaeNamespace(context.tenant, template.namespaceId)) {
      throw new UpstreamError({
        classification: 'NOT_FOUND',
        provider: 'SAE',
        operation: 'ListJobs',
        // Not an upstream error code: ListJobs simply no longer lists the template.
        code: null,
        requestId: null,
        retryable: false,
        message: `The SAE job template ${execution.appId} no longer exists.`,
      });
    }
    return saeJobTemplateNode(template);
  }

  @FieldResolver(() => SaeJobState, {
    nullable: true,
    description:
      'Execution state (`State`); null when absent or a code jobgraph does not know (providerStatus keeps it).',
  })
  state(@Root() execution: SaeJobExecutionNode): DomainSaeJobState | null {
    return knownSaeJobState(execution.state);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who started the execution: SAE does not say (DescribeJobHistory has no such field), so always null.',
  })
  creator(): null {
    return null;
  }

  @FieldResolver(() => String, {
    description: 'Region of the configured SAE instance it was read from (e.g. `cn-hangzhou`).',
  })
  region(@Root() execution: SaeJobExecutionNode, @Ctx() context: GatewayContext): string {
    return context.instances.region('SAE', execution.instanceId);
  }
}
