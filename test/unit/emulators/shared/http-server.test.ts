import type { ProviderEmulatorDefinition } from '../../../../src/emulators/shared/emulator-types';
import { EmulatorResponseError } from '../../../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../../../src/emulators/shared/http-server';
import { getRequestLog, postFaults } from '../../../helpers/emulator-hooks';

const definition: ProviderEmulatorDefinition = {
  name: 'toy',
  routes: [
    {
      method: 'GET',
      pattern: '/items/:id',
      operation: 'GetItem',
      handle: (_req, params) => ({ status: 200, body: { id: params.id } }),
    },
    {
      method: 'GET',
      pattern: '/items',
      operation: 'ListItems',
      handle: (req) => {
        if (req.query.boom === 'typed')
          throw new EmulatorResponseError({ status: 400, body: { Code: 'Bad' } });
        if (req.query.boom === 'crash') throw new Error('a bug in the emulator');
        return { status: 200, body: { items: [1, 2, 3], q: req.query } };
      },
    },
  ],
  notFound: () => ({ status: 404, body: { Code: 'NotFound' } }),
  errorResponse: (_req, e) => ({ status: e.status, body: { Code: e.code, Message: e.message } }),
  throttleResponse: (_req, ms) => ({
    status: 429,
    body: { Code: 'Throttled' },
    headers: { 'retry-after-ms': String(ms) },
  }),
  internalError: () => ({ status: 500, body: { Code: 'InternalError' } }),
};

describe('emulator HTTP server', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulatorServer(definition, { port: 0 });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.clearRequests());

  it('routes with decoded params and keeps an encoded slash inside one param', async () => {
    const res = await fetch(`${emulator.url}/items/a%2F..%2Fb`);
    expect(await res.json()).toEqual({ id: 'a/../b' });
    expect((await fetch(`${emulator.url}/items/a/b`)).status).toBe(404);
  });

  it('answers unknown paths and methods with the provider not-found body', async () => {
    const res = await fetch(`${emulator.url}/nope`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ Code: 'NotFound' });
  });

  it('turns typed route errors into their response and bugs into the provider 500 body', async () => {
    expect((await fetch(`${emulator.url}/items?boom=typed`)).status).toBe(400);
    const crash = await fetch(`${emulator.url}/items?boom=crash`);
    expect(crash.status).toBe(500);
    expect(await crash.json()).toEqual({ Code: 'InternalError' });
    expect((await fetch(`${emulator.url}/items`)).status).toBe(200);
  });

  it('logs method, path, decoded query, operation and status', async () => {
    await fetch(`${emulator.url}/items?x=a%20b&x=c`);
    const log = await getRequestLog(emulator.url);
    expect(log).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/items',
        query: { x: 'c' },
        operation: 'ListItems',
        action: 'ListItems',
        status: 200,
        fault: null,
      }),
    ]);
    expect(Date.parse(log[0]?.timestamp ?? '')).not.toBeNaN();
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    expect(await getRequestLog(emulator.url)).toEqual([]);
  });

  it('rejects invalid fault specs with a 400 that says what is wrong', async () => {
    for (const body of [
      { kind: 'explode' },
      { kind: 'status', times: 1 },
      { kind: 'delay', ms: -1 },
      { kind: 'reset', times: 0 },
    ]) {
      const res = await fetch(`${emulator.url}/_emulator/faults`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/"(kind|status|ms|times)"/);
    }
    expect((await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: '{' })).status).toBe(400);
  });

  it('applies queued faults first-in first-out, only to the named operation', async () => {
    await postFaults(emulator.url, [
      { operation: 'GetItem', times: 1, kind: 'status', status: 502, code: 'BadGateway', message: 'm' },
      { times: 1, kind: 'throttle', retryAfterMs: 7 },
    ]);
    const list = await fetch(`${emulator.url}/items`);
    expect(list.status).toBe(429);
    expect(list.headers.get('retry-after-ms')).toBe('7');
    const item = await fetch(`${emulator.url}/items/1`);
    expect(item.status).toBe(502);
    expect(await item.json()).toEqual({ Code: 'BadGateway', Message: 'm' });
    expect((await fetch(`${emulator.url}/items/1`)).status).toBe(200);
  });

  it('a status fault lays its `fields` over the provider error body; bad fields are refused', async () => {
    await postFaults(emulator.url, {
      times: 1,
      kind: 'status',
      status: 500,
      code: 'X',
      message: 'm',
      fields: { Message: 'over', HostId: 'h', stack: ['a', 'b'] },
    });
    expect(await (await fetch(`${emulator.url}/items/1`)).json()).toEqual({
      Code: 'X',
      Message: 'over',
      HostId: 'h',
      stack: ['a', 'b'],
    });
    const refused = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'status', status: 500, code: 'X', message: 'm', fields: { n: 1 } }),
    });
    expect(refused.status).toBe(400);
  });

  it('truncate and malformed bodies break JSON parsing; reset drops the connection', async () => {
    await postFaults(emulator.url, [{ times: 1, kind: 'malformed' }]);
    await expect((await fetch(`${emulator.url}/items`)).json()).rejects.toThrow();
    await postFaults(emulator.url, [{ times: 1, kind: 'truncate' }]);
    await expect(fetch(`${emulator.url}/items`).then((r) => r.text())).rejects.toThrow();
    await postFaults(emulator.url, [{ times: 1, kind: 'reset' }]);
    await expect(fetch(`${emulator.url}/items`)).rejects.toThrow();
    const log = await getRequestLog(emulator.url);
    expect(log.map((e) => [e.fault, e.status])).toEqual([
      ['malformed', 200],
      ['truncate', 200],
      ['reset', 0],
    ]);
  });

  it('chaos mode draws the same faults for the same seed', async () => {
    const runs: (string | null)[][] = [];
    for (let run = 0; run < 2; run++) {
      const chaotic = await startEmulatorServer(definition, { port: 0, chaos: { rate: 0.5, seed: 's1' } });
      for (let i = 0; i < 20; i++) {
        await fetch(`${chaotic.url}/items`)
          .then((r) => r.text())
          .catch(() => undefined);
      }
      runs.push(chaotic.requests().map((e) => e.fault));
      await chaotic.stop();
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]?.filter((f) => f !== null).length).toBeGreaterThan(3);
    expect(runs[0]?.filter((f) => f === null).length).toBeGreaterThan(3);
  });
});
