import type { GravitinoAudit } from './gravitino-audit';
import type { EpochMillis } from './instant';
import type { JobFields } from './job';
import type { JobStatus } from './job-status';

/**
 * One Gravitino job run. `name` is the job template's name (a run has no name of its own, and the
 * template says what ran), or the jobId when the template name is missing. `createdAt` is
 * `queuedAt`, or `audit.createTime` on v1.3.0 servers, which do not send `queuedAt` (main
 * documents the two as the same instant).
 */
export interface GravitinoJob extends JobFields {
  readonly provider: 'GRAVITINO';
  /** The metalake the job lives in; with instanceId and jobId it identifies the job. */
  readonly metalake: string;
  /** Gravitino's own id, `job-<number>`. */
  readonly jobId: string;
  readonly jobTemplateName: string;
  /** As sent (main only); null on v1.3.0 servers. `createdAt` falls back to the audit. */
  readonly queuedAt: EpochMillis | null;
  readonly audit: GravitinoAudit;
}

/** How many jobs of a list have one status; `providerStatus` is the wire key (`cancelled`). */
export interface GravitinoStatusCount {
  readonly status: JobStatus;
  readonly providerStatus: string;
  readonly count: number;
}

/**
 * A listJobs answer: the whole list (Gravitino does not page) and the counts per status over it.
 * `statusCountsSource` says whether the server sent the counts (main) or they were counted from
 * `jobs` (v1.3.0 servers send none, and the provider counts the list it filtered itself).
 */
export interface GravitinoJobList {
  readonly jobs: readonly GravitinoJob[];
  readonly statusCounts: readonly GravitinoStatusCount[];
  readonly statusCountsSource: 'UPSTREAM' | 'COUNTED';
}
