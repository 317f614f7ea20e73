import { PaiDataSourceResolver } from './pai-data-source.resolver';
import { PaiJobResolver } from './pai-job.resolver';
import { PodResolver } from './pod.resolver';

/** The resolver classes of the PAI-DLC schema: jobs (with `Query.paiJobs`), their pods and data sources. */
export const PAI_DLC_RESOLVERS = [PaiJobResolver, PodResolver, PaiDataSourceResolver] as const;
