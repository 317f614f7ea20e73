import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../gateway-context';
import { PaiDataSource } from './pai-data-source.type';
import { detailDataSource, jobDetail } from './pai-job.details';
import type { PaiDataSourceOfJob } from './pai-nodes';

/** PaiDataSource's GetJob-only `uri`. */
@Resolver(() => PaiDataSource)
export class PaiDataSourceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where the dataset lives (`Uri`), e.g. `oss://bucket/path/`. GetJob only: selecting it costs the job's one GetJob.",
  })
  async uri(@Root() source: PaiDataSourceOfJob, @Ctx() context: GatewayContext): Promise<string | null> {
    if (source.uri !== null) return source.uri;
    return detailDataSource(await jobDetail(context, source.job), source)?.uri ?? null;
  }
}
