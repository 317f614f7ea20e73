import type { GravitinoJob, GravitinoJobList } from '../domain/gravitino-job';
import { JOB_STATUSES } from '../providers/gravitino/gravitino.dto';
import { canonicalGravitinoStatus, normalizeGravitinoStatus } from '../domain/gravitino-job-status';

/**
 * The part of a metalake's job list that one template ran, with its counts per status counted
 * here the way the server counts them (lower-case keys in its order, every status present):
 * exactly what listJobs with `jobTemplateName` and the same filters would have answered.
 */
export function jobsOfTemplate(list: GravitinoJobList, jobTemplateName: string): GravitinoJobList {
  const jobs: GravitinoJob[] = list.jobs.filter((job) => job.jobTemplateName === jobTemplateName);
  const counts = new Map<string, number>(JOB_STATUSES.map((status) => [status, 0]));
  for (const job of jobs) {
    const key = canonicalGravitinoStatus(job.providerStatus);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const statusCounts = [...counts].map(([providerStatus, count]) => ({
    status: normalizeGravitinoStatus(providerStatus),
    providerStatus,
    count,
  }));
  return { jobs, statusCounts, statusCountsSource: 'COUNTED' };
}
