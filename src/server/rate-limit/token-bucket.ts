/** Milliseconds from a monotonic source; injected so tests decide when time passes. */
export type Clock = () => number;

/** The process's monotonic clock (wall-clock steps must not refill or drain a bucket). */
export const monotonicClock: Clock = () => performance.now();

/** The outcome of taking tokens: how many were taken, or how long until they would be there. */
export type Take =
  | { readonly granted: true; readonly taken: number }
  | { readonly granted: false; readonly retryAfterMs: number };

/**
 * A token bucket: `capacity` tokens at most, refilled continuously at `refillPerSecond`. It starts
 * full, so an idle tenant may burst. Time is passed in rather than read, so the same bucket is
 * exact in unit tests and live.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /**
   * Takes `count` tokens, or none. A request larger than the whole bucket is charged the whole
   * bucket: it waits for a full bucket instead of being refused forever.
   */
  take(count: number, now: number): Take {
    this.refill(now);
    const need = Math.min(Math.max(count, 0), this.capacity);
    // Nothing to take (a query the cost analysis says calls nothing) passes even while in debt.
    if (need === 0 || this.tokens >= need) {
      this.tokens -= need;
      return { granted: true, taken: need };
    }
    return { granted: false, retryAfterMs: Math.ceil(((need - this.tokens) * 1000) / this.refillPerSecond) };
  }

  /**
   * Gives tokens back (positive) or charges more (negative) after the fact, e.g. when the actual
   * cost of a request differs from its estimate. Never above capacity, and a debt is capped at one
   * bucket so a single expensive request cannot lock a tenant out for long.
   */
  adjust(delta: number, now: number): void {
    this.refill(now);
    this.tokens = Math.min(this.capacity, Math.max(-this.capacity, this.tokens + delta));
  }

  /** Tokens now (fractional while refilling). */
  available(now: number): number {
    this.refill(now);
    return this.tokens;
  }

  private refill(now: number): void {
    // A clock that steps back (it should not) must not drain the bucket.
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.refillPerSecond) / 1000);
    this.updatedAt = Math.max(now, this.updatedAt);
  }
}
