import { resolveRateLimit } from '../../../src/config/rate-limit.config';
import { postAsTenant, tenantFromHeader, type TenantAnswer } from '../../helpers/tenant-header';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/** One Gravitino ListJobs call per request (checked by the calibration below). */
const QUERY = '{ gravitinoJobs(metalake: "prod_lake", first: 1) { nodes { id } } }';

/**
 * Rates that do not depend on timing: the throttled tenants refill one token per ~17 minutes, so
 * during the test they have exactly their burst; everyone else has far more than the test sends.
 */
const RATE_LIMIT = resolveRateLimit({
  tenants: {
    greedy: { requestBurst: 5, requestsPerSecond: 0.001 },
    frugal: { upstreamCallBurst: 1, upstreamCallsPerSecond: 0.001 },
  },
});

describe('per-tenant rate limits over HTTP', () => {
  let gateway: TestGateway;
  const send = (tenant: string) => postAsTenant(gateway.url, tenant, QUERY);
  const listJobsCalls = () => gateway.calls('gravitino', 'listJobs').length;

  beforeAll(async () => {
    gateway = await startTestGateway({ gateway: { authenticate: tenantFromHeader, rateLimit: RATE_LIMIT } });
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.resetEmulators());

  it('makes exactly one upstream call per served request (calibration)', async () => {
    const answers = [await send('calibration'), await send('calibration')];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
    expect(listJobsCalls()).toBe(2);
  });

  it('throttles a tenant far over its request rate (429 THROTTLED, Retry-After, no upstream call) while another tenant is served in full', async () => {
    const greedy = Promise.all(Array.from({ length: 60 }, () => send('greedy')));
    // The modest tenant sends one request at a time while the burst is in flight.
    const modest = (async () => {
      const answers: TenantAnswer[] = [];
      for (let i = 0; i < 20; i++) answers.push(await send('modest'));
      return answers;
    })();
    const [greedyAnswers, modestAnswers] = await Promise.all([greedy, modest]);

    expect(modestAnswers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(modestAnswers.filter((answer) => answer.body.errors !== undefined)).toEqual([]);

    const served = greedyAnswers.filter((answer) => answer.status === 200);
    const throttled = greedyAnswers.filter((answer) => answer.status === 429);
    expect([served.length, throttled.length]).toEqual([5, 55]);
    for (const answer of throttled) {
      const extensions = answer.body.errors?.[0]?.extensions as {
        code: string;
        limit: string;
        retryAfterMs: number;
      };
      expect(extensions).toMatchObject({ code: 'THROTTLED', limit: 'requests' });
      expect(extensions.retryAfterMs).toBeGreaterThan(0);
      expect(answer.retryAfter).toBe(String(Math.ceil(extensions.retryAfterMs / 1000)));
      expect(answer.body.data).toBeUndefined();
    }
    // Only served requests reached the provider: 5 of the greedy tenant's, all 20 of the modest one's.
    expect(listJobsCalls()).toBe(5 + 20);
  });

  it('throttles a tenant over its upstream-call rate before execution, with no upstream call', async () => {
    const first = await send('frugal');
    expect(first.status).toBe(200);
    const refused = await send('frugal');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'THROTTLED', limit: 'upstreamCalls' });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(listJobsCalls()).toBe(1);
    // Other tenants still have their own upstream-call buckets.
    expect((await send('modest')).status).toBe(200);
  });
});
