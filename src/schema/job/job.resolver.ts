import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../gateway-context';
import { JobsArgs } from './job.args';
import { JobConnection } from './job-connection.type';
import { JobFilter } from './job-filter.input';
import { toJobQueryFilter } from './job.filter';
import { loadJobConnection, type JobConnectionResult } from './jobs.connection';

/** `Query.jobs`: every provider's jobs in one newest-first connection. */
@Resolver()
export class JobResolver {
  @Query(() => JobConnection, {
    nullable: true,
    description:
      'Jobs of every configured provider instance, newest first (createdAt descending; ties by provider, instance, source, then job id). Sources that fail are reported in `sources` and `errors`; the rest still arrive.',
  })
  jobs(
    @Args(() => JobsArgs) args: JobsArgs,
    @Arg('filter', () => JobFilter, {
      nullable: true,
      description: 'Which jobs to list; the filters are combined with AND. Every job when absent.',
    })
    filter: JobFilter | null,
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<JobConnectionResult> {
    const path = responsePathAsArray(info.path);
    // The page still resolves; each failed instance adds its typed error at this field's path.
    const report = (error: GraphQLError) =>
      context.partialErrors.push(
        // originalError keeps the typed error, so formatError's allowlist (not a mask) decides.
        new GraphQLError(error.message, { path, extensions: error.extensions, originalError: error }),
      );
    return loadJobConnection(context, args, toJobQueryFilter(filter), report);
  }
}
