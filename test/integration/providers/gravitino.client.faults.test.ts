import type { ResilienceConfig } from '../../../src/config/resilience.config';
import { createGravitinoEmulator } from '../../../src/emulators/gravitino/gravitino.emulator';
import type { QueuedFault } from '../../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { UpstreamError } from '../../../src/errors/upstream-error';
import { GravitinoClient } from '../../../src/providers/gravitino/gravitino.client';
import { GravitinoTransport } from '../../../src/providers/gravitino/gravitino-transport';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorGravitinoInstance } from '../../helpers/provider-instances';

/**
 * Every fault kind of the emulator's `/_emulator/faults` hook through the real client and its
 * UpstreamPolicy; attempts are counted from the emulator's request log, never from wall-clock.
 * TEST_RESILIENCE: maxAttempts 3, attemptTimeoutMs 1000, deadline 5000, breaker closed unless asked.
 */

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);
const METALAKE = 'dev_lake';
const OPERATION = 'listJobs';

async function outcome(
  promise: Promise<unknown>,
): Promise<{ ok: true } | { ok: false; error: UpstreamError }> {
  try {
    await promise;
    return { ok: true };
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return { ok: false, error };
  }
}

describe('GravitinoClient under injected faults', () => {
  let emulator: RunningEmulator;
  const transports: GravitinoTransport[] = [];

  /** A fresh transport per test, so breaker state and the retry budget never leak between tests. */
  const client = (resilience: Partial<ResilienceConfig> = {}) => {
    const transport = new GravitinoTransport(
      emulatorGravitinoInstance(emulator.url, [METALAKE], { resilience }),
    );
    transports.push(transport);
    return { client: new GravitinoClient(transport), transport };
  };
  const fault = (spec: QueuedFault) => postFaults(emulator.url, { operation: OPERATION, ...spec });
  const attempts = async () => (await getRequestLog(emulator.url, OPERATION)).map((entry) => entry.fault);

  beforeAll(async () => {
    emulator = await startEmulatorServer(
      createGravitinoEmulator({ seed: 'gravitino-faults', scale: 'small', referenceTime: REFERENCE_TIME }),
      { port: 0 },
    );
  });
  beforeEach(() => resetEmulator(emulator.url));
  afterAll(async () => {
    await Promise.all(transports.map((transport) => transport.close()));
    await emulator.stop();
  });

  describe('status', () => {
    const unavailable = {
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'try later',
    } as const;

    it('503 is retried: two failures, then the answer on the third attempt', async () => {
      await fault({ ...unavailable, times: 2 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      expect(await attempts()).toEqual(['status', 'status', null]);
    });

    it('503 on every attempt fails as UPSTREAM_UNAVAILABLE after maxAttempts', async () => {
      await fault({ ...unavailable, times: 5 });
      const result = await outcome(client().client.listJobs(METALAKE));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'UPSTREAM_UNAVAILABLE', upstreamCode: '1002', status: 503, operation: OPERATION },
      });
      expect(await attempts()).toEqual(['status', 'status', 'status']);
    });

    it('502 / 1007 (catalog connection failed) is retried', async () => {
      await fault({ kind: 'status', status: 502, code: '1007', message: 'connection failed', times: 1 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      expect(await attempts()).toEqual(['status', null]);
    });

    it.each([
      [404, 'NOT_FOUND', '1003'],
      [400, 'BAD_USER_INPUT', '1001'],
      [403, 'UNAUTHENTICATED', '1008'],
      [405, 'UPSTREAM_ERROR', '1006'],
    ])('%i is %s and not retried (one attempt)', async (status, code, upstreamCode) => {
      await fault({ kind: 'status', status, code: 'Refused', message: 'no', times: 3 });
      const result = await outcome(client().client.listJobs(METALAKE));
      expect(result).toMatchObject({ ok: false, error: { code, upstreamCode, status, retryable: false } });
      expect(await attempts()).toEqual(['status']);
    });
  });

  describe('throttle', () => {
    it('429 is retried after the Retry-After the proxy sent (1 s), not after the short back-off', async () => {
      await fault({ kind: 'throttle', retryAfterMs: 1000, times: 1 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      const log = await getRequestLog(emulator.url, OPERATION);
      expect(log.map((entry) => entry.fault)).toEqual(['throttle', null]);
      // Back-off is at most backoffMaxMs (20 ms) here; only the hint explains a gap of a second.
      const gap = Date.parse(log[1]?.timestamp ?? '') - Date.parse(log[0]?.timestamp ?? '');
      expect(gap).toBeGreaterThanOrEqual(950);
    });

    it('a Retry-After longer than maxRetryAfterMs fails at once as UPSTREAM_THROTTLED with the hint', async () => {
      await fault({ kind: 'throttle', retryAfterMs: 3000, times: 3 });
      const result = await outcome(client({ maxRetryAfterMs: 2000 }).client.listJobs(METALAKE));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'UPSTREAM_THROTTLED', status: 429, retryAfterMs: 3000, retryable: true },
      });
      expect(await attempts()).toEqual(['throttle']);
    });
  });

  describe('delay and timeouts', () => {
    it('a delay within the attempt timeout is just slower', async () => {
      await fault({ kind: 'delay', ms: 50, times: 1 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      expect(await attempts()).toEqual(['delay']);
    });

    it('a delay past attemptTimeoutMs is cut and retried; the next attempt answers', async () => {
      await fault({ kind: 'delay', ms: 1500, times: 1 });
      expect(await outcome(client({ attemptTimeoutMs: 300 }).client.listJobs(METALAKE))).toEqual({
        ok: true,
      });
      expect(await attempts()).toEqual(['delay', null]);
    });

    it('delays on every attempt end as UPSTREAM_TIMEOUT after maxAttempts', async () => {
      await fault({ kind: 'delay', ms: 1500, times: 3 });
      const result = await outcome(client({ attemptTimeoutMs: 300 }).client.listJobs(METALAKE));
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_TIMEOUT', operation: OPERATION } });
      expect(await attempts()).toEqual(['delay', 'delay', 'delay']);
    });

    it('the overall deadline stops further attempts', async () => {
      await fault({ kind: 'delay', ms: 1500, times: 3 });
      const result = await outcome(
        client({ attemptTimeoutMs: 300, deadlineMs: 500, maxAttempts: 5 }).client.listJobs(METALAKE),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_TIMEOUT' } });
      expect(await attempts()).toEqual(['delay', 'delay']);
    });

    it('a body dripping slower than the attempt timeout is cut as UPSTREAM_TIMEOUT', async () => {
      await fault({ kind: 'slowBody', bytesPerSecond: 1000, times: 3 });
      const result = await outcome(client({ attemptTimeoutMs: 300 }).client.listJobs(METALAKE));
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_TIMEOUT' } });
      expect(await attempts()).toEqual(['slowBody', 'slowBody', 'slowBody']);
    });

    it('a slow body that completes in time is a normal answer', async () => {
      await fault({ kind: 'slowBody', bytesPerSecond: 1_000_000, times: 1 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      expect(await attempts()).toEqual(['slowBody']);
    });
  });

  describe('broken bodies and connections', () => {
    it('malformed JSON is UPSTREAM_ERROR and not retried', async () => {
      await fault({ kind: 'malformed', times: 3 });
      const result = await outcome(client().client.listJobs(METALAKE));
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_ERROR', retryable: false } });
      if (!result.ok)
        expect(result.error.message).toBe('GRAVITINO listJobs returned a response that is not valid JSON.');
      expect(await attempts()).toEqual(['malformed']);
    });

    it('a truncated body is retried, and the next attempt answers', async () => {
      await fault({ kind: 'truncate', times: 1 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      expect(await attempts()).toEqual(['truncate', null]);
    });

    it('truncated on every attempt is UPSTREAM_UNAVAILABLE', async () => {
      await fault({ kind: 'truncate', times: 3 });
      const result = await outcome(client().client.listJobs(METALAKE));
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', retryable: true } });
      expect(await attempts()).toEqual(['truncate', 'truncate', 'truncate']);
    });

    it('a connection reset is retried', async () => {
      await fault({ kind: 'reset', times: 2 });
      expect(await outcome(client().client.listJobs(METALAKE))).toEqual({ ok: true });
      expect(await attempts()).toEqual(['reset', 'reset', null]);
    });
  });

  describe('circuit breaker', () => {
    it('opens after failures, then fails fast without touching the upstream', async () => {
      const { client: breaking, transport } = client({
        maxAttempts: 1,
        breakerMinimumCalls: 2,
        breakerWindow: 2,
        breakerThreshold: 0.5,
        breakerHalfOpenAfterMs: 60_000,
      });
      await fault({ kind: 'status', status: 503, code: 'ServiceUnavailable', message: 'down', times: 2 });
      for (let i = 0; i < 2; i++) {
        expect(await outcome(breaking.listJobs(METALAKE))).toMatchObject({
          ok: false,
          error: { status: 503 },
        });
      }
      expect(transport.policy.breakerState).toBe('open');
      const before = (await getRequestLog(emulator.url)).length;
      const result = await outcome(breaking.listJobs(METALAKE));
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', retryable: false } });
      if (!result.ok) expect(result.error.message).toContain('circuit open');
      expect(await getRequestLog(emulator.url)).toHaveLength(before);
      expect(before).toBe(2);
    });

    it('4xx answers do not open it', async () => {
      const { client: steady, transport } = client({
        maxAttempts: 1,
        breakerMinimumCalls: 2,
        breakerWindow: 2,
      });
      await fault({ kind: 'status', status: 404, code: '1003', message: 'gone', times: 3 });
      for (let i = 0; i < 3; i++) await outcome(steady.listJobs(METALAKE));
      expect(transport.policy.breakerState).toBe('closed');
      expect(await attempts()).toEqual(['status', 'status', 'status']);
    });
  });
});
