import { emrJobFeed } from './emr-job-feed';
import { gravitinoJobFeed } from './gravitino-job-feed';
import type { JobFeed } from './job-feed';
import { paiJobFeed } from './pai-job-feed';
import { saeJobFeed } from './sae-job-feed';

/** Every provider's feed for `Query.jobs`, in the order their instances are reported. */
export const JOB_FEEDS: readonly JobFeed[] = [emrJobFeed, paiJobFeed, saeJobFeed, gravitinoJobFeed];
