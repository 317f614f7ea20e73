import { getRequestLog, postFaults, resetEmulator } from './emulator-hooks';

/** What one call through a provider's real client ended in, normalized across providers. */
export type CallOutcome =
  | { readonly ok: true; readonly body: unknown }
  | {
      readonly ok: false;
      /** HTTP status when a response arrived. */
      readonly status?: number;
      /** The provider's error code (Alibaba `Code`, Gravitino `code` as a string). */
      readonly code?: string;
      /** The retry-after hint in milliseconds, as the client read it. */
      readonly retryAfterMs?: number;
    };

/** The emulator and the one call the shared fault suite drives. */
export interface FaultTarget {
  /** The emulator's base URL (read lazily: it is known only after beforeAll). */
  url(): string;
  /** The operation the call makes, as the request log names it. */
  readonly operation: string;
  /** Another operation of the same emulator that a fault for `operation` must not touch. */
  readonly otherOperation: { readonly name: string; call(): Promise<CallOutcome> };
  /** One successful-by-default call of `operation`, through the provider's real client. */
  call(): Promise<CallOutcome>;
  /** The code the provider's body carries for an injected 503 (Alibaba: the code given; Gravitino: its numeric code). */
  readonly expectedStatusCode?: (given: string) => string;
}

async function lastLogged(url: string, operation: string) {
  const log = await getRequestLog(url, operation);
  return log[log.length - 1];
}

/**
 * Every fault kind of `POST /_emulator/faults`, checked through the provider's own client:
 * status, throttle, delay, malformed, truncate, reset, slowBody, plus `times` and `operation` matching.
 */
export function describeFaultKinds(label: string, target: FaultTarget): void {
  describe(`${label}: fault injection`, () => {
    beforeEach(() => resetEmulator(target.url()));

    it('status: answers the provider error body, `times` times, then recovers', async () => {
      await postFaults(target.url(), {
        operation: target.operation,
        times: 2,
        kind: 'status',
        status: 503,
        code: 'ServiceUnavailable',
        message: 'The request has failed due to a temporary failure of the server.',
      });
      const expectedCode = target.expectedStatusCode?.('ServiceUnavailable') ?? 'ServiceUnavailable';
      for (let i = 0; i < 2; i++) {
        expect(await target.call()).toMatchObject({ ok: false, status: 503, code: expectedCode });
      }
      expect(await target.call()).toMatchObject({ ok: true });
      const log = await getRequestLog(target.url(), target.operation);
      expect(log.map((entry) => entry.fault)).toEqual(['status', 'status', null]);
    });

    it('operation: a fault for one operation leaves the others alone', async () => {
      await postFaults(target.url(), { operation: target.operation, times: 1, kind: 'reset' });
      expect(await target.otherOperation.call()).toMatchObject({ ok: true });
      expect(await target.call()).toMatchObject({ ok: false });
    });

    it('throttle: the provider throttling answer with its retry-after hint', async () => {
      await postFaults(target.url(), {
        operation: target.operation,
        times: 1,
        kind: 'throttle',
        retryAfterMs: 2000,
      });
      expect(await target.call()).toMatchObject({ ok: false, retryAfterMs: 2000 });
      expect(await target.call()).toMatchObject({ ok: true });
    });

    it('delay: the normal answer, after the delay', async () => {
      await postFaults(target.url(), { operation: target.operation, times: 1, kind: 'delay', ms: 50 });
      expect(await target.call()).toMatchObject({ ok: true });
      expect(await lastLogged(target.url(), target.operation)).toMatchObject({ fault: 'delay', status: 200 });
    });

    it.each(['malformed', 'truncate', 'reset'] as const)(
      '%s: the client sees a failed call',
      async (kind) => {
        await postFaults(target.url(), { operation: target.operation, times: 1, kind });
        expect(await target.call()).toMatchObject({ ok: false });
        expect(await lastLogged(target.url(), target.operation)).toMatchObject({ fault: kind });
        expect(await target.call()).toMatchObject({ ok: true });
      },
    );

    it('slowBody: the whole body arrives, slowly', async () => {
      await postFaults(target.url(), {
        operation: target.operation,
        times: 1,
        kind: 'slowBody',
        bytesPerSecond: 200_000,
      });
      expect(await target.call()).toMatchObject({ ok: true });
      expect(await lastLogged(target.url(), target.operation)).toMatchObject({
        fault: 'slowBody',
        status: 200,
      });
    });
  });
}
