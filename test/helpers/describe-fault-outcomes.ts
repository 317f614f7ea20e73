import type { FaultSpec } from '../../src/emulators/shared/emulator-types';
import { UpstreamError } from '../../src/errors/upstream.error';
import { getRequestLog } from './emulator-hooks';
import {
  FAST,
  faultTimes,
  LEAKS,
  MAX_ATTEMPTS,
  UNAVAILABLE,
  type LoggedFault,
  type ResilienceHarness,
} from './resilience-harness';

/**
 * Part of the resilience contract: every fault kind, once and always, and the typed error each
 * ends in, with the attempts counted in the emulator's request log.
 */
export function describeFaultOutcomes<P>({ target, read, fault, faultLog }: ResilienceHarness<P>): void {
  it('runs with more than one attempt per read', () => {
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(3);
  });

  describe.each<[string, FaultSpec, number, LoggedFault[]]>([
    ['503, twice', UNAVAILABLE, 2, ['status', 'status', null]],
    [
      '500, once',
      { kind: 'status', status: 500, code: 'InternalError', message: 'oops' },
      1,
      ['status', null],
    ],
    ['502, once', { kind: 'status', status: 502, code: 'BadGateway', message: 'proxy' }, 1, ['status', null]],
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

  describe.each<[string, FaultSpec, string, LoggedFault[]]>([
    ['503, always', UNAVAILABLE, 'UPSTREAM_UNAVAILABLE', faultTimes('status', MAX_ATTEMPTS)],
    [
      'throttle, always',
      { kind: 'throttle', retryAfterMs: 10 },
      'UPSTREAM_THROTTLED',
      faultTimes('throttle', MAX_ATTEMPTS),
    ],
    ['reset, always', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE', faultTimes('reset', MAX_ATTEMPTS)],
    [
      'truncated body, always',
      { kind: 'truncate' },
      'UPSTREAM_UNAVAILABLE',
      faultTimes('truncate', MAX_ATTEMPTS),
    ],
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
      faultTimes('delay', MAX_ATTEMPTS),
    ],
    [
      'slow body past the attempt timeout, always',
      { kind: 'slowBody', bytesPerSecond: 50 },
      'UPSTREAM_TIMEOUT',
      faultTimes('slowBody', MAX_ATTEMPTS),
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
      await fault(UNAVAILABLE, 10);
      const error = await read();
      expect(error).toMatchObject({
        upstreamCode: target.upstreamCode(UNAVAILABLE),
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
}
