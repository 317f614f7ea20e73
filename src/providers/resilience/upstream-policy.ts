import {
  bulkhead,
  BulkheadRejectedError,
  CircuitState,
  circuitBreaker,
  CountBreaker,
  handleWhen,
  isBrokenCircuitError,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { ResilienceConfig } from '../../config/resilience.config';
import { UpstreamError } from '../../errors/upstream-error';
import { fullJitterDelay } from './backoff';
import { RetryBudget } from './retry-budget';

/** What a policy needs to know about one logical call. */
export interface UpstreamCall<T> {
  readonly operation: string;
  /** Only idempotent reads are retried. */
  readonly idempotent: boolean;
  /** One attempt; must stop work when `signal` aborts, and throw UpstreamError for failures. */
  attempt(signal: AbortSignal): Promise<T>;
}

/** Counters a metrics endpoint or a test can read. */
export interface UpstreamPolicyStats {
  calls: number;
  attempts: number;
  retries: number;
  failuresFastByBreaker: number;
}

/** Failures that say the upstream is unwell (not that our request was wrong, nor plain throttling). */
function countsAgainstBreaker(error: unknown): boolean {
  return error instanceof UpstreamError && error.retryable && error.code !== 'UPSTREAM_THROTTLED';
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The call policy of ONE provider instance, kept for the life of the process (breaker state and
 * the concurrency cap must be shared by all requests). Per call: a retry loop for idempotent reads
 * (full-jitter back-off, or the upstream's retry-after hint; within a retry budget and the overall
 * deadline), around a bulkhead, around a circuit breaker, around a per-attempt timeout.
 */
export class UpstreamPolicy {
  readonly stats: UpstreamPolicyStats = { calls: 0, attempts: 0, retries: 0, failuresFastByBreaker: 0 };
  private readonly breaker: CircuitBreakerPolicy;
  private readonly bulkhead: BulkheadPolicy;
  private readonly budget: RetryBudget;

  constructor(
    readonly provider: string,
    private readonly config: ResilienceConfig,
    private readonly random: () => number = Math.random,
  ) {
    this.breaker = circuitBreaker(handleWhen(countsAgainstBreaker), {
      halfOpenAfter: config.breakerHalfOpenAfterMs,
      breaker: new CountBreaker({
        threshold: config.breakerThreshold,
        size: config.breakerWindow,
        minimumNumberOfCalls: Math.min(config.breakerMinimumCalls, config.breakerWindow),
      }),
    });
    this.bulkhead = bulkhead(config.maxConcurrent, config.maxQueue);
    this.budget = new RetryBudget(config.retryBudgetRatio, config.retryBudgetMinPerSecond);
  }

  /** Whether the breaker currently fails calls fast (for /readyz). */
  get breakerState(): 'closed' | 'open' | 'half-open' {
    const state = this.breaker.state;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /** Runs one logical call under the policy; rejects only with UpstreamError. */
  async execute<T>(call: UpstreamCall<T>): Promise<T> {
    this.stats.calls += 1;
    this.budget.recordCall();
    const deadline = new AbortController();
    const deadlineTimer = setTimeout(() => deadline.abort(), this.config.deadlineMs);
    const startedAt = Date.now();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.attemptOnce(call, deadline.signal);
        } catch (error) {
          const failure = this.asUpstreamError(error, call.operation);
          const wait = this.retryWait(failure, attempt, call, Date.now() - startedAt);
          if (wait === undefined) throw failure;
          this.stats.retries += 1;
          await sleep(wait, deadline.signal);
          if (deadline.signal.aborted) throw this.timeoutError(call.operation, 'the overall deadline passed');
        }
      }
    } finally {
      clearTimeout(deadlineTimer);
    }
  }

  /** The wait before the next attempt, or undefined when this failure is final. */
  private retryWait(failure: UpstreamError, attempt: number, call: UpstreamCall<unknown>, elapsedMs: number): number | undefined {
    if (!call.idempotent || !failure.retryable || attempt >= this.config.maxAttempts) return undefined;
    const hint = failure.retryAfterMs;
    if (hint !== undefined && hint > this.config.maxRetryAfterMs) return undefined;
    const wait = hint ?? fullJitterDelay(attempt, this.config.backoffBaseMs, this.config.backoffMaxMs, this.random);
    if (elapsedMs + wait >= this.config.deadlineMs) return undefined;
    return this.budget.tryRetry() ? wait : undefined;
  }

  private async attemptOnce<T>(call: UpstreamCall<T>, deadline: AbortSignal): Promise<T> {
    return this.bulkhead.execute(() =>
      this.breaker.execute(() => {
        this.stats.attempts += 1;
        return this.withAttemptTimeout(call, deadline);
      }),
    );
  }

  /** Races the attempt against its own timeout and the overall deadline; aborts the loser's I/O. */
  private withAttemptTimeout<T>(call: UpstreamCall<T>, deadline: AbortSignal): Promise<T> {
    const controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, deadline]);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.timeoutError(call.operation, 'the upstream did not answer in time'));
      const timer = setTimeout(() => controller.abort(), this.config.attemptTimeoutMs);
      signal.addEventListener('abort', onAbort, { once: true });
      if (signal.aborted) onAbort();
      call.attempt(signal).then(resolve, reject).finally(() => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      });
    });
  }

  private timeoutError(operation: string, why: string): UpstreamError {
    return new UpstreamError({
      provider: this.provider,
      operation,
      code: null,
      requestId: null,
      classification: 'UPSTREAM_TIMEOUT',
      retryable: true,
      message: `${this.provider} ${operation} timed out: ${why}.`,
    });
  }

  private asUpstreamError(error: unknown, operation: string): UpstreamError {
    if (error instanceof UpstreamError) return error;
    const base = { provider: this.provider, operation, code: null, requestId: null, classification: 'UPSTREAM_UNAVAILABLE' as const };
    if (isBrokenCircuitError(error)) {
      this.stats.failuresFastByBreaker += 1;
      return new UpstreamError({ ...base, retryable: false, message: `${this.provider} is failing; calls are paused for a moment (circuit open).` });
    }
    if (error instanceof BulkheadRejectedError) {
      return new UpstreamError({ ...base, retryable: false, message: `${this.provider} has too many calls in flight; try again shortly.` });
    }
    // A bug below us, not an upstream answer: keep it typed, keep its text out of the message.
    return new UpstreamError({ ...base, classification: 'UPSTREAM_ERROR', retryable: false, message: `${this.provider} ${operation} failed unexpectedly.` });
  }
}
