import { SaeJobExecutionResolver } from './sae-job-execution.resolver';
import { SaeJobTemplateResolver } from './sae-job-template.resolver';

/** The resolver classes of the SAE schema: job templates and their executions. */
export const SAE_RESOLVERS = [SaeJobTemplateResolver, SaeJobExecutionResolver] as const;
