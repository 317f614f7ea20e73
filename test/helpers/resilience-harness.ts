import type { ResilienceConfig } from '../../src/config/resilience.config';
import type { FaultSpec } from '../../src/emulators/shared/emulator-types';
import { UpstreamError } from '../../src/errors/upstream.error';
import { getRequestLog, postFaults, resetEmulator } from './emulator-hooks';
import { TEST_RESILIENCE } from './provider-instances';
import type { ResilienceTarget } from './resilience-target';

/** A fault kind, or null for a request the emulator answered normally, as the request log has it. */
export type LoggedFault = FaultSpec['kind'] | null;

/** Attempts per read under the test policy. */
export const MAX_ATTEMPTS = TEST_RESILIENCE.maxAttempts;
/** Cuts the injected delays (1.5 s) and a 50 B/s body; every other answer is instant. */
export const FAST: Partial<ResilienceConfig> = { attemptTimeoutMs: 300 };
/** What no client may read in an error: hosts, URLs, Alibaba's HostId and Recommend links. */
export const LEAKS = /127\.0\.0\.1|https?:|HostId|Recommend|aliyuncs/;
/** The 503 most cases inject. */
export const UNAVAILABLE = {
  kind: 'status',
  status: 503,
  code: 'ServiceUnavailable',
  message: 'busy',
} as const;

/** `n` log entries of one fault kind. */
export const faultTimes = (kind: FaultSpec['kind'], n: number): LoggedFault[] =>
  Array.from({ length: n }, () => kind);

/** 'ok', or the UpstreamError the call rejected with (anything else fails the test). */
export async function settle(promise: Promise<unknown>): Promise<'ok' | UpstreamError> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return error;
  }
}

/** What the contract's cases use to drive one target. */
export interface ResilienceHarness<P> {
  readonly target: ResilienceTarget<P>;
  /** A fresh provider (closed after the suite). */
  connect(resilience?: Partial<ResilienceConfig>): P;
  /** Remembers a provider made some other way, so it is closed after the suite too. */
  track(provider: P): P;
  /** The target's main read on a fresh provider. */
  read(resilience?: Partial<ResilienceConfig>): Promise<'ok' | UpstreamError>;
  /** Queues `spec` for the next `n` calls of `operation` (the main read's by default). */
  fault(spec: FaultSpec, n: number, operation?: string): Promise<void>;
  /** The faults the emulator applied to `operation`'s calls, in order. */
  faultLog(operation?: string): Promise<LoggedFault[]>;
}

/**
 * The harness of one target; call it inside a describe: it resets the emulator before each case
 * and closes every provider it made after the suite.
 */
export function resilienceHarness<P>(target: ResilienceTarget<P>): ResilienceHarness<P> {
  const opened: P[] = [];
  const connect = (resilience: Partial<ResilienceConfig> = {}): P => {
    const provider = target.connect(resilience);
    opened.push(provider);
    return provider;
  };
  beforeEach(() => resetEmulator(target.url()));
  afterAll(async () => {
    await Promise.all(opened.map((provider) => target.close?.(provider)));
  });
  return {
    target,
    connect,
    track: (provider) => {
      opened.push(provider);
      return provider;
    },
    read: (resilience = {}) => settle(target.read.call(connect(resilience))),
    fault: (spec, n, operation = target.read.operation) =>
      postFaults(target.url(), { ...spec, times: n, operation }),
    faultLog: async (operation = target.read.operation) =>
      (await getRequestLog(target.url(), operation)).map((entry) => entry.fault),
  };
}
