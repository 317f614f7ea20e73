import type { GravitinoJobList } from '../domain/gravitino-job';
import { countedJobList } from '../providers/gravitino/gravitino.mapper';

/**
 * The part of a metalake's job list that one template ran, with its counts per status counted
 * here the way the server counts them (lower-case keys in its order, every status present):
 * exactly what listJobs with `jobTemplateName` and the same filters would have answered.
 */
export function jobsOfTemplate(list: GravitinoJobList, jobTemplateName: string): GravitinoJobList {
  return countedJobList(list.jobs.filter((job) => job.jobTemplateName === jobTemplateName));
}
