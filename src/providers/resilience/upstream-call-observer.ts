/** One attempt that was really sent upstream, as it ended. */
export interface UpstreamAttemptOutcome {
  readonly provider: string;
  /** The provider operation (our own constant names: `ListJobRuns`, `listJobs`, ...). */
  readonly operation: string;
  readonly durationMs: number;
  /** The client-facing code the failure was classified as; null for a success. */
  readonly errorCode: string | null;
}

/**
 * What /metrics hears from an instance's policy (UpstreamPolicy.observe): each attempt sent, as
 * it ends, and each retry decided. Called synchronously on the call path, so it must be cheap and
 * must not throw (the policy drops what an observer throws rather than fail the call).
 */
export interface UpstreamCallObserver {
  attemptEnded(outcome: UpstreamAttemptOutcome): void;
  retried(provider: string, operation: string): void;
}
