import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Info, Int, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../gateway-context';
import { JobConnection } from './job-connection.type';
import { JobFilter } from './job-filter.input';
import { toJobQueryFilter } from './job-filter';
import { loadJobsPage, type JobsPage } from './jobs-page';
import { JOB_SOURCE_FACTORIES } from './sources/job-source-factories';

/** Forward paging only: a merged list's position is a point in time, not an offset. */
@ArgsType()
class JobsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after the edge with this cursor.' })
  after?: string | null;
}

/** `Query.jobs`: every provider's jobs in one newest-first connection. */
@Resolver()
export class JobResolver {
  @Query(() => JobConnection, {
    nullable: true,
    description:
      'Jobs of every configured provider instance, newest first (createdAt descending, then id). Sources that fail are reported in `sources` and `errors`; the rest still arrive.',
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
  ): Promise<JobsPage> {
    const path = responsePathAsArray(info.path);
    // The page still resolves; each failed instance adds its typed error at this field's path.
    const report = (error: GraphQLError) =>
      context.partialErrors.push(
        // originalError keeps the typed error, so formatError's allowlist (not a mask) decides.
        new GraphQLError(error.message, { path, extensions: error.extensions, originalError: error }),
      );
    return loadJobsPage(context, args, toJobQueryFilter(filter), JOB_SOURCE_FACTORIES, report);
  }
}
