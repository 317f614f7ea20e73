/** Limits of one provider instance's queue. */
export interface FairQueueLimits {
  /** Calls in flight at once. */
  readonly maxConcurrent: number;
  /** Calls waiting, all tenants together. */
  readonly maxQueue: number;
  /** Calls waiting for one tenant. */
  readonly maxQueuePerTenant: number;
}

/** A call the queue would not hold: its tenant's share, or the whole queue, is full. */
export class FairQueueFullError extends Error {
  override readonly name = 'FairQueueFullError';
  constructor(readonly scope: 'tenant' | 'instance') {
    super(scope === 'tenant' ? "the tenant's queue is full" : 'the queue is full');
  }
}

/** A waiting call whose signal aborted before it got a slot. */
export class FairQueueAbortedError extends Error {
  override readonly name = 'FairQueueAbortedError';
  constructor() {
    super('aborted while queued');
  }
}

interface Waiter {
  readonly tenant: string;
  grant(): void;
  refuse(error: Error): void;
}

/**
 * Shares one provider instance's concurrency among tenants (start-time fair queueing in its simplest
 * form, as in Kubernetes' API priority and fairness): up to `maxConcurrent` calls run, the rest wait
 * in one FIFO per tenant, and each freed slot goes to the next tenant in turn, so a tenant with 200
 * waiting calls delays another tenant's call by at most one call per waiting tenant. When the whole
 * queue is full, a newcomer with a shorter queue takes the place of the newest call of the longest
 * one, so a flood only ever refuses the flooder.
 */
export class FairQueue {
  private running = 0;
  private waitingCount = 0;
  private readonly fifos = new Map<string, Waiter[]>();
  /** Tenants with waiting calls, in the order their next call is served. */
  private readonly turns: string[] = [];

  constructor(private readonly limits: FairQueueLimits) {}

  /** Calls running now. */
  get inFlight(): number {
    return this.running;
  }

  /** Calls waiting now, all tenants together. */
  get queued(): number {
    return this.waitingCount;
  }

  /**
   * Runs `task` once a slot is free. Rejects with FairQueueFullError when the call cannot wait, and
   * with FairQueueAbortedError when `signal` aborts while it waits; `task` is never started then.
   */
  async run<T>(tenant: string, signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    await this.acquire(tenant, signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(tenant: string, signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new FairQueueAbortedError();
    if (this.running < this.limits.maxConcurrent && this.waitingCount === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    const own = this.fifos.get(tenant)?.length ?? 0;
    if (own >= this.limits.maxQueuePerTenant) throw new FairQueueFullError('tenant');
    if (this.waitingCount >= this.limits.maxQueue) this.shedFor(own);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.remove(waiter);
        waiter.refuse(new FairQueueAbortedError());
      };
      const waiter: Waiter = {
        tenant,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        refuse: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.enqueue(waiter);
    });
  }

  /** Makes room in a full queue by refusing the newest call of the longest queue, if that is longer than the newcomer's would be. */
  private shedFor(newcomerQueued: number): void {
    let longest: Waiter[] | undefined;
    for (const fifo of this.fifos.values()) if (!longest || fifo.length > longest.length) longest = fifo;
    const victim = longest && longest.length > newcomerQueued + 1 ? longest[longest.length - 1] : undefined;
    if (!victim) throw new FairQueueFullError('instance');
    this.remove(victim);
    victim.refuse(new FairQueueFullError('instance'));
  }

  private enqueue(waiter: Waiter): void {
    const fifo = this.fifos.get(waiter.tenant);
    if (fifo) fifo.push(waiter);
    else {
      this.fifos.set(waiter.tenant, [waiter]);
      this.turns.push(waiter.tenant);
    }
    this.waitingCount += 1;
  }

  private remove(waiter: Waiter): void {
    const fifo = this.fifos.get(waiter.tenant);
    const index = fifo?.indexOf(waiter) ?? -1;
    if (!fifo || index < 0) return;
    fifo.splice(index, 1);
    this.waitingCount -= 1;
    if (fifo.length === 0) {
      this.fifos.delete(waiter.tenant);
      this.turns.splice(this.turns.indexOf(waiter.tenant), 1);
    }
  }

  /** Hands the freed slot straight to the next tenant's oldest call, so no newcomer can jump the queue. */
  private release(): void {
    const tenant = this.turns.shift();
    const fifo = tenant === undefined ? undefined : this.fifos.get(tenant);
    const next = fifo?.shift();
    // Compared with undefined: '' is a tenant id too (calls made outside any request).
    if (tenant === undefined || fifo === undefined || next === undefined) {
      this.running -= 1;
      return;
    }
    this.waitingCount -= 1;
    if (fifo.length > 0) this.turns.push(tenant);
    else this.fifos.delete(tenant);
    next.grant();
  }
}
