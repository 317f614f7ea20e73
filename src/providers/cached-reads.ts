import type { UpstreamCache } from '../cache/upstream-cache';
import type { TtlClass } from '../cache/ttl-class';
import { TERMINAL_JOB_STATUSES, type JobStatus } from '../domain/job-status';

/**
 * One provider instance's way into the cross-request cache: every read operation of a provider
 * goes through `read`, which is where the cache sits, above the client's call policy (a hit costs
 * no call, retry or queue slot) and below the DataLoaders. What is cached is the client's checked
 * wire body (plain JSON, so it can live in Redis); mapping runs on every read. Without a cache
 * (`cache` absent) every read calls.
 */
export class CachedReads {
  constructor(
    private readonly cache: UpstreamCache | undefined,
    private readonly provider: string,
    private readonly instanceId: string,
  ) {}

  /** The answer of `operation` with `params` (everything the call depends on), through the cache. */
  read<T>(
    operation: string,
    params: unknown,
    ttlClass: TtlClass | ((value: T) => TtlClass),
    fetch: () => Promise<T>,
  ): Promise<T> {
    if (!this.cache) return fetch();
    return this.cache.read(
      { provider: this.provider, instanceId: this.instanceId, operation, params, ttlClass },
      fetch,
    );
  }
}

/** A job in a final state keeps its answer for minutes; anything else for seconds. */
export function ttlOfStatus(status: JobStatus): TtlClass {
  return TERMINAL_JOB_STATUSES.has(status) ? 'terminal' : 'live';
}
