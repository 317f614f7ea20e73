import type { FaultSpec, QueuedFault } from './emulator-types';
import { createPrng, type Prng } from './prng';

/** Seeded random faults for load tests: `rate` is the share of API calls that get one. */
export interface ChaosOptions {
  readonly rate: number;
  readonly seed: string;
}

/**
 * The mix chaos draws from: mostly the transient failures a gateway must retry through,
 * a few that it must surface as typed errors. Weights, not probabilities.
 */
const CHAOS_MIX: readonly (readonly [(prng: Prng) => FaultSpec, number])[] = [
  [
    () => ({
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'The request has failed due to a temporary failure of the server.',
    }),
    35,
  ],
  [(prng) => ({ kind: 'throttle', retryAfterMs: prng.int(50, 300) }), 25],
  [() => ({ kind: 'reset' }), 10],
  [(prng) => ({ kind: 'delay', ms: prng.int(50, 400) }), 15],
  [() => ({ kind: 'malformed' }), 5],
  [() => ({ kind: 'truncate' }), 5],
  [() => ({ kind: 'slowBody', bytesPerSecond: 4096 }), 5],
];

/** Faults queued through `POST /_emulator/faults`, consumed first-in first-out by matching calls. */
export class FaultQueue {
  private queued: QueuedFault[] = [];
  private readonly chaosPrng: Prng | undefined;

  constructor(private readonly chaos?: ChaosOptions) {
    this.chaosPrng = chaos && chaos.rate > 0 ? createPrng(`chaos/${chaos.seed}`) : undefined;
  }

  add(fault: QueuedFault): void {
    this.queued.push({ ...fault });
  }

  pending(): QueuedFault[] {
    return this.queued.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.queued = [];
  }

  /** The fault for the next call of `operation`, if any; queued faults win over chaos. */
  take(operation: string): FaultSpec | undefined {
    const index = this.queued.findIndex(
      (fault) => fault.operation === undefined || fault.operation === operation,
    );
    const fault = this.queued[index];
    if (fault) {
      fault.times -= 1;
      if (fault.times <= 0) this.queued.splice(index, 1);
      const { times: _times, operation: _operation, ...spec } = fault;
      return spec as FaultSpec;
    }
    if (this.chaosPrng && this.chaos && this.chaosPrng.chance(this.chaos.rate)) {
      return this.chaosPrng.weighted(CHAOS_MIX)(this.chaosPrng);
    }
    return undefined;
  }
}
