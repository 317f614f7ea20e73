import { z } from 'zod';

/**
 * Per provider-instance call policy. The defaults follow reliability.md §3.3 and §6.5: a few
 * seconds per attempt, three attempts for reads, a breaker that needs a real sample before it opens.
 */
export const RESILIENCE_DEFAULTS = {
  /** One attempt, from sending the request to the last body byte. */
  attemptTimeoutMs: 5_000,
  /** All attempts and back-off waits of one logical call together. */
  deadlineMs: 15_000,
  /** Attempts for idempotent reads, the first one included. */
  maxAttempts: 3,
  /** Full-jitter exponential back-off: a random wait in [0, min(maxMs, baseMs * 2^n)]. */
  backoffBaseMs: 100,
  backoffMaxMs: 5_000,
  /** Longest x-acs-retry-after / Retry-After we will wait; longer hints fail as UPSTREAM_THROTTLED. */
  maxRetryAfterMs: 10_000,
  /** Retries may add at most this share of extra calls over the recent window... */
  retryBudgetRatio: 0.2,
  /** ...but this many retries per second are always allowed, so a quiet instance can still retry. */
  retryBudgetMinPerSecond: 5,
  /** The breaker opens when this share of the last `breakerWindow` calls failed... */
  breakerThreshold: 0.5,
  breakerWindow: 20,
  /** ...once at least this many calls were seen. */
  breakerMinimumCalls: 10,
  /** How long an open breaker fails fast before letting one trial call through. */
  breakerHalfOpenAfterMs: 5_000,
  /**
   * Concurrent calls to one instance; more wait in a queue of `maxQueue`, served round-robin across
   * tenants, past that they fail fast with GATEWAY_BUSY.
   */
  maxConcurrent: 16,
  maxQueue: 256,
  /**
   * Waiting calls of one tenant on one instance. Half the queue: one tenant alone can still queue a
   * burst, while a flooding tenant always leaves room for others (who may also displace its newest calls).
   */
  maxQueuePerTenant: 128,
  /** Bodies larger than this are cut off and fail as UPSTREAM_ERROR. */
  maxResponseBytes: 10 * 1024 * 1024,
} as const;

/** The resolved policy of one instance. */
export type ResilienceConfig = { -readonly [K in keyof typeof RESILIENCE_DEFAULTS]: number };

const positiveInt = z.number().int().positive();

/** Overrides as written in the file; every key optional. */
export const resilienceOverridesSchema = z
  .object({
    attemptTimeoutMs: positiveInt,
    deadlineMs: positiveInt,
    maxAttempts: z.number().int().min(1).max(10),
    backoffBaseMs: z.number().int().nonnegative(),
    backoffMaxMs: z.number().int().nonnegative(),
    maxRetryAfterMs: z.number().int().nonnegative(),
    retryBudgetRatio: z.number().min(0).max(1),
    retryBudgetMinPerSecond: z.number().nonnegative(),
    breakerThreshold: z.number().gt(0).max(1),
    breakerWindow: positiveInt,
    breakerMinimumCalls: positiveInt,
    breakerHalfOpenAfterMs: positiveInt,
    maxConcurrent: positiveInt,
    maxQueue: z.number().int().nonnegative(),
    maxQueuePerTenant: z.number().int().nonnegative(),
    maxResponseBytes: positiveInt,
  })
  .partial()
  .strict();

/** Layers overrides over the defaults (global first, then the instance's own). */
export function resolveResilience(
  ...layers: (z.infer<typeof resilienceOverridesSchema> | undefined)[]
): ResilienceConfig {
  return Object.assign({}, RESILIENCE_DEFAULTS, ...layers.filter(Boolean)) as ResilienceConfig;
}
