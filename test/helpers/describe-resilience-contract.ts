import type { ResilienceConfig } from '../../src/config/resilience.config';
import type { FaultSpec } from '../../src/emulators/shared/emulator-types';
import { UpstreamError } from '../../src/errors/upstream-error';
import { getRequestLog, postFaults, resetEmulator } from './emulator-hooks';
import { TEST_RESILIENCE } from './provider-instances';
import type { ResilienceTarget } from './resilience-target';

type FaultKind = FaultSpec['kind'];

/** Attempts per read under the test policy. */
const MAX = TEST_RESILIENCE.maxAttempts;
/** Cuts the injected delays (1.5 s) and a 50 B/s body; every other answer is instant. */
const FAST: Partial<ResilienceConfig> = { attemptTimeoutMs: 300 };
/** What no client may read in an error: hosts, URLs, Alibaba's HostId and Recommend links. */
const LEAKS = /127\.0\.0\.1|https?:|HostId|Recommend|aliyuncs/;

/** 'ok', or the UpstreamError the call rejected with (anything else fails the test). */
async function settle(promise: Promise<unknown>): Promise<'ok' | UpstreamError> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return error;
  }
}

const unavailable = { kind: 'status', status: 503, code: 'ServiceUnavailable', message: 'busy' } as const;
const times = (kind: FaultKind, n: number): (FaultKind | null)[] => Array.from({ length: n }, () => kind);

/**
 * What every provider does under every fault its emulator can inject, through its real client and
 * UpstreamPolicy: which failures are retried and how often (counted in the emulator's request log,
 * never by wall-clock), the typed error each ends in, timeouts within the budget, the breaker,
 * bodies that cannot be used. Provider-specific cases stay in the provider's own faults file.
 */
export function describeResilienceContract<P>(target: ResilienceTarget<P>): void {
  describe(`${target.provider}: resilience contract`, () => {
    const opened: P[] = [];
    const connect = (resilience: Partial<ResilienceConfig> = {}): P => {
      const provider = target.connect(resilience);
      opened.push(provider);
      return provider;
    };
    const read = (resilience: Partial<ResilienceConfig> = {}) =>
      settle(target.read.call(connect(resilience)));
    const fault = (spec: FaultSpec, n: number, operation = target.read.operation) =>
      postFaults(target.url(), { ...spec, times: n, operation });
    const faultLog = async (operation = target.read.operation) =>
      (await getRequestLog(target.url(), operation)).map((entry) => entry.fault);

    beforeEach(() => resetEmulator(target.url()));
    afterAll(async () => {
      await Promise.all(opened.map((provider) => target.close?.(provider)));
    });

    it('runs with more than one attempt per read', () => {
      expect(MAX).toBeGreaterThanOrEqual(3);
    });

    describe.each<[string, FaultSpec, number, (FaultKind | null)[]]>([
      ['503, twice', unavailable, 2, ['status', 'status', null]],
      [
        '500, once',
        { kind: 'status', status: 500, code: 'InternalError', message: 'oops' },
        1,
        ['status', null],
      ],
      [
        '502, once',
        { kind: 'status', status: 502, code: 'BadGateway', message: 'proxy' },
        1,
        ['status', null],
      ],
      ['throttle with a short hint, once', { kind: 'throttle', retryAfterMs: 10 }, 1, ['throttle', null]],
      ['reset, once', { kind: 'reset' }, 1, ['reset', null]],
      ['reset, twice', { kind: 'reset' }, 2, ['reset', 'reset', null]],
      ['truncated body, once', { kind: 'truncate' }, 1, ['truncate', null]],
      ['delay past the attempt timeout, once', { kind: 'delay', ms: 1_500 }, 1, ['delay', null]],
      ['delay within the attempt timeout', { kind: 'delay', ms: 50 }, 1, ['delay']],
      [
        'slow body within the attempt timeout',
        { kind: 'slowBody', bytesPerSecond: 2_000_000 },
        1,
        ['slowBody'],
      ],
    ])('%s', (_label, spec, n, log) => {
      it(`answers after ${log.length} upstream call(s)`, async () => {
        await fault(spec, n);
        expect(await read(FAST)).toBe('ok');
        expect(await faultLog()).toEqual(log);
      });
    });

    describe.each<[string, FaultSpec, string, (FaultKind | null)[]]>([
      ['503, always', unavailable, 'UPSTREAM_UNAVAILABLE', times('status', MAX)],
      [
        'throttle, always',
        { kind: 'throttle', retryAfterMs: 10 },
        'UPSTREAM_THROTTLED',
        times('throttle', MAX),
      ],
      ['reset, always', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE', times('reset', MAX)],
      ['truncated body, always', { kind: 'truncate' }, 'UPSTREAM_UNAVAILABLE', times('truncate', MAX)],
      [
        'malformed body (not retried: the answer was complete)',
        { kind: 'malformed' },
        'UPSTREAM_ERROR',
        ['malformed'],
      ],
      [
        'delay past the attempt timeout, always',
        { kind: 'delay', ms: 1_500 },
        'UPSTREAM_TIMEOUT',
        times('delay', MAX),
      ],
      [
        'slow body past the attempt timeout, always',
        { kind: 'slowBody', bytesPerSecond: 50 },
        'UPSTREAM_TIMEOUT',
        times('slowBody', MAX),
      ],
    ])('%s', (_label, spec, code, log) => {
      it(`ends ${code} after ${log.length} upstream call(s), with no host in the message`, async () => {
        await fault(spec, 10);
        const result = await read(FAST);
        expect(result).toBeInstanceOf(UpstreamError);
        expect(result).toMatchObject({ code, provider: target.provider, operation: target.read.operation });
        expect((result as UpstreamError).message).not.toMatch(LEAKS);
        expect(await faultLog()).toEqual(log);
      });
    });

    describe('what each failure says', () => {
      it('503: the upstream code, the status and the request id', async () => {
        await fault(unavailable, 10);
        const error = await read();
        expect(error).toMatchObject({
          upstreamCode: target.upstreamCode(unavailable),
          status: 503,
          retryable: true,
        });
        if (target.requestId) expect((error as UpstreamError).requestId).toMatch(target.requestId);
      });

      it('throttle: the throttling code and the retry-after hint', async () => {
        await fault({ kind: 'throttle', retryAfterMs: target.throttleHintMs }, 10);
        expect(await read()).toMatchObject({
          upstreamCode: target.throttleCode,
          retryAfterMs: target.throttleHintMs,
        });
      });

      it('reset: no upstream code (nothing answered)', async () => {
        await fault({ kind: 'reset' }, 10);
        expect(await read()).toMatchObject({ upstreamCode: null });
      });

      it('truncated: an incomplete response, retryable', async () => {
        await fault({ kind: 'truncate' }, 10);
        expect(await read()).toMatchObject({
          retryable: true,
          message: target.incompleteMessage,
        });
      });

      it('malformed: not valid JSON, not retryable', async () => {
        await fault({ kind: 'malformed' }, 10);
        expect(await read()).toMatchObject({
          retryable: false,
          message: `${target.provider} ${target.read.operation} returned a response that is not valid JSON.`,
        });
      });
    });

    describe('throttling', () => {
      it('waits the retry-after hint before the next attempt, not the short back-off', async () => {
        await fault({ kind: 'throttle', retryAfterMs: target.throttleHintMs }, 1);
        expect(await read()).toBe('ok');
        const log = await getRequestLog(target.url(), target.read.operation);
        expect(log.map((entry) => entry.fault)).toEqual(['throttle', null]);
        const gap = Date.parse(log[1]?.timestamp ?? '') - Date.parse(log[0]?.timestamp ?? '');
        expect(gap).toBeGreaterThanOrEqual(target.throttleHintMs * 0.95);
      });

      it('a hint longer than maxRetryAfterMs fails at once, with the hint', async () => {
        const hint = target.throttleHintMs * 3;
        await fault({ kind: 'throttle', retryAfterMs: hint }, 10);
        expect(await read({ maxRetryAfterMs: target.throttleHintMs * 2 })).toMatchObject({
          code: 'UPSTREAM_THROTTLED',
          retryAfterMs: hint,
          retryable: true,
        });
        expect(await faultLog()).toEqual(['throttle']);
      });
    });

    it.each([target.read, ...target.otherReads].map((r) => [r.operation, r] as const))(
      '%s is a retried read: one 503, then the answer on the second call',
      async (operation, r) => {
        await fault(unavailable, 1, operation);
        expect(await settle(r.call(connect()))).toBe('ok');
        expect(await faultLog(operation)).toEqual(['status', null]);
      },
    );

    it.each(target.clientErrors)(
      '%s %s is %s with its upstream code, after one call',
      async (status, code, classification, upstreamCode) => {
        await fault({ kind: 'status', status, code, message: 'refused' }, 10);
        expect(await read()).toMatchObject({ code: classification, upstreamCode, status, retryable: false });
        expect(await faultLog()).toEqual(['status']);
      },
    );

    it('the overall deadline cuts retries short: two attempts fit in 500 ms of 300 ms each', async () => {
      await fault({ kind: 'delay', ms: 1_500 }, 10);
      expect(await read({ attemptTimeoutMs: 300, deadlineMs: 500, maxAttempts: 5 })).toMatchObject({
        code: 'UPSTREAM_TIMEOUT',
      });
      expect(await faultLog()).toEqual(['delay', 'delay']);
    });

    describe('the circuit breaker', () => {
      const breaker = {
        breakerMinimumCalls: 2,
        breakerWindow: 2,
        breakerThreshold: 0.5,
        breakerHalfOpenAfterMs: 200,
      };

      it('opens on failures, fails fast for every operation without calling the upstream, then recovers', async () => {
        const provider = connect(breaker);
        await fault(unavailable, 10);
        expect(await settle(target.read.call(provider))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
        // Two failed attempts opened it; the third attempt was refused without a call.
        expect(await faultLog()).toEqual(['status', 'status']);
        expect(target.breakerState(provider)).toBe('open');
        for (const r of [target.read, ...target.otherReads]) {
          expect(await settle(r.call(provider))).toMatchObject({
            code: 'UPSTREAM_UNAVAILABLE',
            retryable: false,
            message: expect.stringContaining('circuit open'),
          });
        }
        expect(await getRequestLog(target.url())).toHaveLength(2);
        await resetEmulator(target.url());
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect(await settle(target.read.call(provider))).toBe('ok');
        expect(target.breakerState(provider)).toBe('closed');
      });

      it('does not open on answers that say the request was wrong (lookups of what does not exist)', async () => {
        const provider = connect({ ...breaker, maxAttempts: 1 });
        for (let i = 0; i < 3; i++) await settle(target.missing(provider, i));
        expect(target.breakerState(provider)).toBe('closed');
        expect(await getRequestLog(target.url())).toHaveLength(3);
      });
    });

    it('a body over maxResponseBytes is UPSTREAM_ERROR, not retried', async () => {
      expect(await read({ maxResponseBytes: 1_000 })).toMatchObject({
        code: 'UPSTREAM_ERROR',
        message: expect.stringContaining('larger than allowed'),
      });
      expect(await faultLog()).toEqual([null]);
    });

    const { wrongCredentials, batch } = target;
    if (wrongCredentials) {
      it('wrong credentials are UNAUTHENTICATED after one call, and the secret stays out of the message', async () => {
        const provider = wrongCredentials.connect();
        opened.push(provider);
        const error = await settle(target.read.call(provider));
        expect(error).toMatchObject({ code: 'UNAUTHENTICATED', upstreamCode: wrongCredentials.upstreamCode });
        expect((error as UpstreamError).message).not.toContain(wrongCredentials.secret);
        expect(await faultLog()).toEqual([null]);
      });
    }
    if (batch) {
      it('a failed batch lookup puts the typed error in its slots', async () => {
        await fault(unavailable, 10, batch.operation);
        const [slot] = await batch.call(connect());
        expect(slot).toBeInstanceOf(UpstreamError);
        expect(slot).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
        expect(await faultLog(batch.operation)).toEqual(times('status', MAX));
      });
    }
  });
}
