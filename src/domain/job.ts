import type { EpochMillis } from './instant';
import type { JobStatus } from './job-status';
import type { ProviderId } from './provider-id';

/**
 * The fields every job-like entity shares across providers (EMR JobRun, PAI Job, SAE job
 * execution, Gravitino job). The GraphQL `Job` interface and the merged `jobs` list are built on it.
 */
export interface JobFields {
  readonly provider: ProviderId;
  /** The configured provider instance (account + region, or Gravitino server) it came from. */
  readonly instanceId: string;
  readonly name: string | null;
  readonly status: JobStatus;
  /** The provider's own status string, unchanged. */
  readonly providerStatus: string;
  readonly createdAt: EpochMillis | null;
  readonly startedAt: EpochMillis | null;
  readonly finishedAt: EpochMillis | null;
  /**
   * How long it ran, in ms: run time only (from when it started running to when it finished, or
   * the provider's own run duration), never time spent queued. Null where the provider does not
   * report it (EMR: its queue-plus-run time is JobRun.totalDurationMs).
   */
  readonly durationMs: number | null;
}
