import type { ResilienceConfig } from '../../src/config/resilience.config';
import type { FaultSpec } from '../../src/emulators/shared/emulator-types';

/** One read through a provider, named by the operation the emulator logs for it. */
export interface ResilienceRead<P> {
  readonly operation: string;
  call(provider: P): Promise<unknown>;
}

/**
 * A provider and its emulator, as describeResilienceContract drives them. Each provider's faults
 * file describes its own target; the contract holds what every provider must do under faults.
 */
export interface ResilienceTarget<P> {
  /** The provider's name as UpstreamError carries it (`EMR_SERVERLESS_SPARK`, ...). */
  readonly provider: string;
  /** The emulator's base URL (read lazily: it is known only after the file's beforeAll). */
  url(): string;
  /** A fresh provider on the emulator, with TEST_RESILIENCE under `resilience`. */
  connect(resilience: Partial<ResilienceConfig>): P;
  breakerState(provider: P): 'closed' | 'open' | 'half-open';
  /** Releases what `connect` opened (connection pools), if anything. */
  close?(provider: P): Promise<void>;
  /** The read most cases drive. */
  readonly read: ResilienceRead<P>;
  /** Every other operation the provider calls: each is a retried read too. */
  readonly otherReads: readonly ResilienceRead<P>[];
  /** A read of something that does not exist: it must not count against the breaker. */
  missing(provider: P, attempt: number): Promise<unknown>;
  /** The upstream code the provider reports for an injected status fault with code `given`. */
  upstreamCode(fault: FaultSpec & { kind: 'status' }): string;
  /** The upstream code of the provider's throttling answer. */
  readonly throttleCode: string;
  /**
   * A retry-after hint the emulator can express exactly, well above the test back-off ceiling
   * (20 ms), so only the hint explains the gap before the next attempt.
   */
  readonly throttleHintMs: number;
  /** What a body cut short is called (the Alibaba transport names the operation; Gravitino's does not). */
  readonly incompleteMessage: string;
  /** The form of the provider's request id, when its errors carry one. */
  readonly requestId: RegExp | null;
  /** 4xx answers: [status, code the fault sends, gateway code, upstream code reported]; each is final. */
  readonly clientErrors: readonly (readonly [number, string, string, string])[];
  /** A provider whose credentials the emulator refuses, when the provider signs its calls. */
  readonly wrongCredentials?: { readonly secret: string; readonly upstreamCode: string; connect(): P };
  /** A batch lookup that reports a failure in each key's slot instead of rejecting. */
  readonly batch?: { readonly operation: string; call(provider: P): Promise<readonly unknown[]> };
}
