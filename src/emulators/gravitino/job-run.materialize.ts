// A generated run turned into its wire object. Unlike the other emulators, which materialize per
// page, Gravitino builds every JobDTO once with the dataset: the rows keep it next to their sort keys.
import type { GravitinoServerVersion, JobDTO, JobStatus } from './gravitino.wire';
import { formatInstant } from './instant.wire';
import type { GeneratedJob } from './job-run.dataset';

/**
 * The status as the modelled version's jobs.yaml spells it. v1.3.0 documents `canceled`; its
 * server in fact wrote `cancelled` (the enum constant is CANCELLED and the serializer lower-cases
 * it), so the emulator keeps to the document there and main, which fixed the spelling, shows the
 * other: a gateway meets both.
 */
function wireStatus(status: JobStatus, version: GravitinoServerVersion): string {
  return version === '1.3.0' && status === 'cancelled' ? 'canceled' : status;
}

/**
 * The wire object of the run numbered `seq` (`job-<seq>`), frozen so no caller can alter the
 * dataset. main adds `queuedAt` (= `audit.createTime`), `startedAt` and `finishedAt`; v1.3.0's
 * JobDTO has none of them, only the audit.
 */
export function toJobDto(seq: number, job: GeneratedJob, version: GravitinoServerVersion): JobDTO {
  const audit = Object.freeze({
    creator: job.creator,
    createTime: formatInstant(job.queuedAt),
    ...(job.lastModifier !== null && job.lastModifiedTime !== null
      ? { lastModifier: job.lastModifier, lastModifiedTime: formatInstant(job.lastModifiedTime) }
      : {}),
  });
  const common = {
    jobId: `job-${seq}`,
    jobTemplateName: job.templateName,
    status: wireStatus(job.status, version),
    audit,
  };
  if (version === '1.3.0') return Object.freeze(common);
  return Object.freeze({
    ...common,
    queuedAt: audit.createTime,
    ...(job.startedAt !== null ? { startedAt: formatInstant(job.startedAt) } : {}),
    ...(job.finishedAt !== null ? { finishedAt: formatInstant(job.finishedAt) } : {}),
  });
}
