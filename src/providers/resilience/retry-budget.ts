/**
 * Caps retries to a share of traffic, so that a failing upstream sees at most (1 + ratio) times
 * the calls it would see without retries (the retry-budget model of Finagle and Envoy).
 * Every first attempt deposits `ratio` tokens; a steady `minPerSecond` refill lets a quiet
 * instance still retry. A retry spends one token.
 */
export class RetryBudget {
  private tokens: number;
  private lastRefill: number;

  constructor(
    private readonly ratio: number,
    private readonly minPerSecond: number,
    private readonly now: () => number = Date.now,
    /** Bursts allowed after a quiet period; ten seconds' worth of the floor rate, at least 10. */
    private readonly capacity: number = Math.max(10, minPerSecond * 10),
  ) {
    this.tokens = capacity;
    this.lastRefill = now();
  }

  /** Records a first attempt. */
  recordCall(): void {
    this.refill();
    this.tokens = Math.min(this.capacity, this.tokens + this.ratio);
  }

  /** Takes one token for a retry; false when the budget is spent. */
  tryRetry(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private refill(): void {
    const now = this.now();
    const elapsedSeconds = Math.max(0, now - this.lastRefill) / 1000;
    this.lastRefill = now;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.minPerSecond);
  }
}
