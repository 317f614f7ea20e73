import type { ProviderEmulatorDefinition } from '../../../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../../../src/emulators/shared/http-server';
import { getRequestLog } from '../../../helpers/emulator-hooks';

const definition: ProviderEmulatorDefinition = {
  name: 'toy',
  routes: [
    {
      method: 'GET',
      pattern: '/items',
      operation: 'ListItems',
      handle: () => ({ status: 200, body: { items: [1] } }),
    },
  ],
  notFound: () => ({ status: 404, body: { Code: 'NotFound' } }),
  errorResponse: (_req, e) => ({ status: e.status, body: { Code: e.code } }),
  throttleResponse: () => ({ status: 429, body: { Code: 'Throttled' } }),
  internalError: () => ({ status: 500, body: { Code: 'InternalError' } }),
};

/** Polls the (never delayed) request log until the call has arrived. */
async function arrived(emulator: RunningEmulator, operation: string): Promise<void> {
  while ((await getRequestLog(emulator.url, operation)).length === 0)
    await new Promise((r) => setImmediate(r));
}

describe('emulator HTTP server: latencyMs (the round trip benchmarks add)', () => {
  let slow: RunningEmulator;
  let quick: RunningEmulator;
  beforeAll(async () => {
    // Far longer than the test: an answer before stop() would mean the wait was skipped.
    slow = await startEmulatorServer(definition, { port: 0, latencyMs: 600_000 });
    quick = await startEmulatorServer(definition, { port: 0, latencyMs: 1 });
  });
  afterAll(async () => {
    await slow.stop();
    await quick.stop();
  });

  it('holds an API answer back while the call is already logged, and the test hooks answer meanwhile', async () => {
    let settled = false;
    const pending = fetch(`${slow.url}/items`).then(
      () => (settled = true),
      () => 'cut by stop()',
    );
    await arrived(slow, 'ListItems');
    // The hook just answered, so the held call had every chance to answer too.
    expect(settled).toBe(false);
    expect(await getRequestLog(slow.url)).toEqual([
      expect.objectContaining({ operation: 'ListItems', status: 0 }),
    ]);
    await slow.stop();
    expect(await pending).toBe('cut by stop()');
  });

  it('answers after the wait with the normal answer, and logs it', async () => {
    const response = await fetch(`${quick.url}/items`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [1] });
    expect(await getRequestLog(quick.url, 'ListItems')).toEqual([expect.objectContaining({ status: 200 })]);
  });
});
