import { UpstreamError } from '../../src/errors/upstream.error';
import { getRequestLog, resetEmulator } from './emulator-hooks';
import { faultTimes, MAX_ATTEMPTS, settle, UNAVAILABLE, type ResilienceHarness } from './resilience-harness';

/**
 * Part of the resilience contract: every operation is a retried read, 4xx answers are final, the
 * deadline, the breaker, oversized bodies, wrong credentials and batch slots.
 */
export function describePolicyLimits<P>({
  target,
  connect,
  track,
  read,
  fault,
  faultLog,
}: ResilienceHarness<P>): void {
  it.each([target.read, ...target.otherReads].map((r) => [r.operation, r] as const))(
    '%s is a retried read: one 503, then the answer on the second call',
    async (operation, r) => {
      await fault(UNAVAILABLE, 1, operation);
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
      await fault(UNAVAILABLE, 10);
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
      const provider = track(wrongCredentials.connect());
      const error = await settle(target.read.call(provider));
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', upstreamCode: wrongCredentials.upstreamCode });
      expect((error as UpstreamError).message).not.toContain(wrongCredentials.secret);
      expect(await faultLog()).toEqual([null]);
    });
  }
  if (batch) {
    it('a failed batch lookup puts the typed error in its slots', async () => {
      await fault(UNAVAILABLE, 10, batch.operation);
      const [slot] = await batch.call(connect());
      expect(slot).toBeInstanceOf(UpstreamError);
      expect(slot).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect(await faultLog(batch.operation)).toEqual(faultTimes('status', MAX_ATTEMPTS));
    });
  }
}
