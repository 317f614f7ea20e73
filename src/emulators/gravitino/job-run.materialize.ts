// A generated run turned into its wire object. Unlike the other emulators, which materialize per
// page, Gravitino builds every JobDTO once with the dataset: the rows keep it next to their sort keys.
import type { JobDTO } from './gravitino.wire';
import { formatInstant } from './instant.wire';
import type { GeneratedJob } from './job-run.dataset';

/** The wire object of the run numbered `seq` (`job-<seq>`), frozen so no caller can alter the dataset. */
export function toJobDto(seq: number, job: GeneratedJob): JobDTO {
  const audit = Object.freeze({
    creator: job.creator,
    createTime: formatInstant(job.queuedAt),
    ...(job.lastModifier !== null && job.lastModifiedTime !== null
      ? { lastModifier: job.lastModifier, lastModifiedTime: formatInstant(job.lastModifiedTime) }
      : {}),
  });
  return Object.freeze({
    jobId: `job-${seq}`,
    jobTemplateName: job.templateName,
    status: job.status,
    audit,
    queuedAt: audit.createTime,
    ...(job.startedAt !== null ? { startedAt: formatInstant(job.startedAt) } : {}),
    ...(job.finishedAt !== null ? { finishedAt: formatInstant(job.finishedAt) } : {}),
  });
}
