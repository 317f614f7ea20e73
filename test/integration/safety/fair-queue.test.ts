import { resolveRateLimit } from '../../../src/config/rate-limit.config';
import type { PaiDlcUpstreamProvider } from '../../../src/providers/pai-dlc/pai-dlc.provider';
import { resetEmulator } from '../../helpers/emulator-hooks';
import { PaiFirstJobsDocument } from '../../__generated__/operations';
import { runAsTenant, tenantFromHeader } from '../../helpers/tenant-header';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { withResilience } from '../../helpers/with-resilience';

/** Per PAI instance: 2 calls in flight, 4 waiting in all, 4 per tenant, so one tenant can fill the whole queue. */
const QUEUE = { maxConcurrent: 2, maxQueue: 4, maxQueuePerTenant: 4 };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('per-tenant fair queueing in front of a provider instance', () => {
  let gateway: TestGateway;
  /** One PAI ListJobs call per request (checked by the calibration below). */
  const send = (tenant: string) => runAsTenant(gateway.url, tenant, PaiFirstJobsDocument, { first: 1 });
  const policy = () => (gateway.providers.paiDlc[0]?.client as PaiDlcUpstreamProvider).client.policy;

  beforeAll(async () => {
    gateway = await startTestGateway({
      config: (base) => withResilience(base, { ...QUEUE, attemptTimeoutMs: 30_000, deadlineMs: 30_000 }),
      // The queue is under test, not the rate limit.
      gateway: { authenticate: tenantFromHeader, rateLimit: { ...resolveRateLimit(), enabled: false } },
    });
  }, 60_000);
  afterAll(() => gateway.stop());
  beforeEach(() => resetEmulator(gateway.emulators.endpoints.paiDlc));

  it('makes exactly one upstream call per request (calibration)', async () => {
    const answer = await send('calibration');
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    expect(gateway.calls('paiDlc', 'ListJobs')).toHaveLength(1);
  });

  it("serves a second tenant while the first floods: the flooder's excess is GATEWAY_BUSY (503, Retry-After), never the provider's fault", async () => {
    // The first two calls are held upstream, so the flood stands still while the second tenant arrives.
    gateway.emulators.emulators.paiDlc.addFault({
      operation: 'ListJobs',
      times: 2,
      kind: 'delay',
      ms: 1_500,
    });
    const flood = Array.from({ length: 30 }, () => send('flooder'));
    let floodSettled = 0;
    const count = () => void (floodSettled += 1);
    flood.forEach((answer) => void answer.then(count, count));
    // 2 calls running, the flooder's 4 waiting fill the whole queue, the other 24 requests already refused.
    await until(
      () => floodSettled === 24 && policy().load.queued === 4 && policy().load.inFlight === 2,
      'the flood to fill the queue',
    );

    const modest = await Promise.all([send('modest'), send('modest')]);
    for (const answer of modest) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.paiJobs?.nodes).toHaveLength(1);
    }

    const flooder = await Promise.all(flood);
    const served = flooder.filter((answer) => answer.status === 200);
    const refused = flooder.filter((answer) => answer.status !== 200);
    // The two running, plus the two waiting calls the modest tenant did not displace.
    expect(served).toHaveLength(4);
    expect(served.every((answer) => answer.body.errors === undefined)).toBe(true);
    for (const answer of refused) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.data).toEqual({ paiJobs: null });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'GATEWAY_BUSY' }) }),
      ]);
      expect(answer.body.errors?.[0]?.extensions).not.toHaveProperty('upstream');
    }
    // Six calls reached the provider: nothing refused was sent, and the breaker saw no failure.
    expect(gateway.calls('paiDlc', 'ListJobs')).toHaveLength(6);
    expect(policy().breakerState).toBe('closed');
  });
});
