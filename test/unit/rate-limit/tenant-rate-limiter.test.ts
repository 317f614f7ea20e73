import { resolveRateLimit, type RateLimitOverrides } from '../../../src/config/rate-limit.config';
import { ThrottledError } from '../../../src/errors/throttled.error';
import { TenantRateLimiter } from '../../../src/server/rate-limit/tenant-rate-limiter';

/** A limiter on a clock the test moves by hand. */
function limiterAt(overrides: RateLimitOverrides) {
  const clock = { now: 0 };
  return { clock, limiter: new TenantRateLimiter(resolveRateLimit(overrides), () => clock.now) };
}

describe('TenantRateLimiter', () => {
  it('keeps one request bucket per tenant: one tenant running dry does not touch another', () => {
    const { limiter } = limiterAt({ requestBurst: 2, requestsPerSecond: 1 });
    expect(limiter.admitRequest('a')).toBeUndefined();
    expect(limiter.admitRequest('a')).toBeUndefined();
    const refused = limiter.admitRequest('a');
    expect(refused).toBeInstanceOf(ThrottledError);
    expect(refused?.extensions).toEqual({ code: 'THROTTLED', limit: 'requests', retryAfterMs: 1000 });
    expect(refused?.retryAfterHeader).toBe('1');
    expect(limiter.admitRequest('b')).toBeUndefined();
  });

  it('gives a named tenant its own rates over the global ones', () => {
    const { limiter } = limiterAt({ requestBurst: 1, tenants: { batch: { requestBurst: 3 } } });
    expect([1, 2, 3, 4].map(() => limiter.admitRequest('batch') === undefined)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect([1, 2].map(() => limiter.admitRequest('other') === undefined)).toEqual([true, false]);
  });

  it('does not read tenant rates from Object.prototype', () => {
    const { limiter } = limiterAt({ requestBurst: 1 });
    expect(limiter.admitRequest('constructor')).toBeUndefined();
    expect(limiter.admitRequest('constructor')).toBeInstanceOf(ThrottledError);
  });

  it('charges the upstream estimate (1 without one) and refuses past the burst with the wait', () => {
    const { limiter, clock } = limiterAt({ upstreamCallBurst: 100, upstreamCallsPerSecond: 10 });
    expect(limiter.chargeUpstreamCalls('a', 60)).toBe(60);
    expect(limiter.chargeUpstreamCalls('a', null)).toBe(1);
    const refused = limiter.chargeUpstreamCalls('a', 40);
    expect(refused).toBeInstanceOf(ThrottledError);
    expect((refused as ThrottledError).extensions).toMatchObject({
      limit: 'upstreamCalls',
      retryAfterMs: 100,
    });
    expect((refused as ThrottledError).retryAfterHeader).toBe('1');
    clock.now = 100;
    expect(limiter.chargeUpstreamCalls('a', 40)).toBe(40);
  });

  it('settles the estimate against the calls made: unused calls come back, extra calls are charged', () => {
    const { limiter } = limiterAt({ upstreamCallBurst: 100, upstreamCallsPerSecond: 1 });
    limiter.chargeUpstreamCalls('a', 100);
    limiter.settleUpstreamCalls('a', 100, 4);
    expect(limiter.chargeUpstreamCalls('a', 96)).toBe(96);
    expect(limiter.chargeUpstreamCalls('b', 10)).toBe(10);
    limiter.settleUpstreamCalls('b', 10, 95);
    expect(limiter.chargeUpstreamCalls('b', 6)).toBeInstanceOf(ThrottledError);
    expect(limiter.chargeUpstreamCalls('b', 5)).toBe(5);
  });

  it('keeps state for at most maxTrackedTenants, dropping the least recently seen', () => {
    const { limiter } = limiterAt({ requestBurst: 1, maxTrackedTenants: 3 });
    for (const tenant of ['a', 'b', 'c']) limiter.admitRequest(tenant);
    limiter.admitRequest('a');
    for (let i = 0; i < 1000; i++) limiter.admitRequest(`t${i}`);
    expect(limiter.trackedTenants).toBe(3);
    // 'a' was dropped with the others, so it starts over full; the most recent tenant was kept, empty.
    expect(limiter.admitRequest('a')).toBeUndefined();
    expect(limiter.admitRequest('t999')).toBeInstanceOf(ThrottledError);
  });
});
