import type { UpstreamCallObserver } from './resilience/upstream-call-observer';

/** Breaker state of one instance, as /readyz reports it. */
export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * What every `<P>Provider` interface starts with, so the registry builds, reads and closes the four
 * alike: the configured instance it reads, that instance's breaker state (for /readyz) and the
 * release of its connections. Each provider interface adds its own reads.
 */
export interface UpstreamProvider {
  /** The configured instance id (an account in a region, or a Gravitino server). */
  readonly instanceId: string;
  readonly breakerState: BreakerState;
  /** Attaches a /metrics observer to the instance's call policy; returns its detach. */
  observeCalls?(observer: UpstreamCallObserver): () => void;
  /** Releases the instance's connection pool, where it has one of its own. */
  close(): Promise<void>;
}
