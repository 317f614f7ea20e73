import type { JobSourceFactory } from '../job-merge-source';
import { emrJobSources } from './emr-job-sources';
import { gravitinoJobSources } from './gravitino-job-sources';
import { paiJobSources } from './pai-job-sources';
import { saeJobSources } from './sae-job-sources';

/** Every provider's sources for `Query.jobs`. */
export const JOB_SOURCE_FACTORIES: readonly JobSourceFactory[] = [
  emrJobSources,
  paiJobSources,
  saeJobSources,
  gravitinoJobSources,
];
