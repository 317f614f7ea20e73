import { JobRunResolver } from './job-run.resolver';
import { WorkspaceResolver } from './workspace.resolver';

/** The resolver classes of the EMR Serverless Spark schema: workspaces and their job runs. */
export const EMR_SERVERLESS_SPARK_RESOLVERS = [WorkspaceResolver, JobRunResolver] as const;
