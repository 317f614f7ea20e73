import { Redis } from 'ioredis';
import type { RedisState } from '../../../src/cache/cache-observer';
import { resolveCache } from '../../../src/config/cache.config';
import { resolveRateLimit, type RateLimitOverrides } from '../../../src/config/rate-limit.config';
import { ThrottledError } from '../../../src/errors/throttled.error';
import { SharedTenantRateLimiter } from '../../../src/server/rate-limit/shared-tenant-rate-limiter';
import { describeWithRedis, startRedisServer, type RunningRedis } from '../../helpers/redis-server';

/** A clock the test moves by hand, shared by every limiter of a test (one clock, like Redis's TIME). */
function manualClock() {
  const clock = { now: 1_000_000, advance: (ms: number) => void (clock.now += ms) };
  return clock;
}

/** Resolves once `done()` holds (an event the client reports on its own schedule); fails after 5 s. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 5_000) throw new Error('condition not reached in 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describeWithRedis('SharedTenantRateLimiter on a real Redis', () => {
  let redis: RunningRedis;
  const started: SharedTenantRateLimiter[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((limiter) => limiter.close()));
  });
  afterAll(() => redis.stop());

  /** One replica's limiter; `prefix` keeps each test's buckets apart on the one server. */
  async function replica(
    prefix: string,
    overrides: RateLimitOverrides,
    clock?: ReturnType<typeof manualClock>,
    url = redis.url,
  ) {
    const lines: string[] = [];
    const states: RedisState[] = [];
    const cache = resolveCache({
      redis: { url, keyPrefix: `${prefix}:`, reconnectBaseMs: 20, reconnectMaxMs: 100 },
    });
    const limiter = new SharedTenantRateLimiter(
      { ...resolveRateLimit(overrides, cache.redis), redis: cache.redis! },
      {
        log: (line) => lines.push(line),
        onRedisState: (state) => states.push(state),
        ...(clock ? { clock: () => clock.now } : {}),
      },
    );
    started.push(limiter);
    expect(await limiter.ready(2_000)).toBe(true);
    return { limiter, lines, states };
  }

  it('counts one tenant across two replicas: they admit the burst between them, not twice', async () => {
    const clock = manualClock();
    const a = await replica('burst', { requestBurst: 5, requestsPerSecond: 1 }, clock);
    const b = await replica('burst', { requestBurst: 5, requestsPerSecond: 1 }, clock);
    const outcomes: boolean[] = [];
    for (let i = 0; i < 10; i++)
      outcomes.push((await (i % 2 === 0 ? a : b).limiter.admitRequest('team')) === undefined);
    expect(outcomes.filter(Boolean)).toHaveLength(5);
    const refused = await b.limiter.admitRequest('team');
    expect(refused).toBeInstanceOf(ThrottledError);
    expect(refused?.extensions).toEqual({ code: 'THROTTLED', limit: 'requests', retryAfterMs: 1000 });
    // Another tenant has its own bucket.
    expect(await a.limiter.admitRequest('other')).toBeUndefined();
    // Refilled by the one clock: a second later, one more request between them.
    clock.advance(1_000);
    expect(await b.limiter.admitRequest('team')).toBeUndefined();
    expect(await a.limiter.admitRequest('team')).toBeInstanceOf(ThrottledError);
  });

  it('charges upstream calls on one replica and settles them on the shared bucket the other reads', async () => {
    const clock = manualClock();
    const rates = {
      upstreamCallBurst: 100,
      upstreamCallsPerSecond: 1,
      tenants: { big: { upstreamCallBurst: 300 } },
    };
    const a = await replica('calls', rates, clock);
    const b = await replica('calls', rates, clock);
    expect(await a.limiter.chargeUpstreamCalls('team', 100)).toBe(100);
    expect(await b.limiter.chargeUpstreamCalls('team', 1)).toBeInstanceOf(ThrottledError);
    await a.limiter.settleUpstreamCalls('team', 100, 4);
    expect(await b.limiter.chargeUpstreamCalls('team', 97)).toBeInstanceOf(ThrottledError);
    expect(await b.limiter.chargeUpstreamCalls('team', 96)).toBe(96);
    // A named tenant's own burst holds on every replica.
    expect(await a.limiter.chargeUpstreamCalls('big', 250)).toBe(250);
    expect(await b.limiter.chargeUpstreamCalls('big', 50)).toBe(50);
    expect(await a.limiter.chargeUpstreamCalls('big', 1)).toBeInstanceOf(ThrottledError);
  });

  it('keeps each bucket under an expiring key that does not name the tenant', async () => {
    const a = await replica('keys', { requestBurst: 5, requestsPerSecond: 1 });
    await a.limiter.admitRequest('tenant-with-a-name');
    await a.limiter.chargeUpstreamCalls('tenant-with-a-name', 3);
    const raw = new Redis(redis.url);
    try {
      const keys = (await raw.keys('keys:*')).sort();
      expect(keys).toEqual([
        expect.stringMatching(/^keys:ratelimit:requests:[\w-]{22}$/),
        expect.stringMatching(/^keys:ratelimit:upstreamCalls:[\w-]{22}$/),
      ]);
      for (const key of keys) {
        const ttl = await raw.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        // One missing request token refills in a second at 1 per second; plus the one-second margin.
        if (key.includes(':requests:')) expect(ttl).toBeLessThanOrEqual(2_000);
      }
    } finally {
      raw.disconnect();
    }
  });

  it('while Redis is down counts locally (never refuses for it), logs once, and shares again when it is back', async () => {
    const own = await startRedisServer();
    try {
      const clock = manualClock();
      const rates = { requestBurst: 3, requestsPerSecond: 1 };
      const a = await replica('outage', rates, clock, own.url);
      const b = await replica('outage', rates, clock, own.url);
      expect(await a.limiter.admitRequest('team')).toBeUndefined();
      await own.kill();
      // Each replica now has its own full local bucket: 3 each, then refused by its own count.
      for (const { limiter } of [a, b]) {
        const outcomes = [];
        for (let i = 0; i < 4; i++) outcomes.push((await limiter.admitRequest('team')) === undefined);
        expect(outcomes).toEqual([true, true, true, false]);
        expect(await limiter.chargeUpstreamCalls('team', 2)).toBe(2);
        await limiter.settleUpstreamCalls('team', 2, 1);
      }
      for (const { lines, states } of [a, b]) {
        // The steps above already went local on the dead socket; the close event may land just after.
        await until(() => states.length === 2);
        expect(states).toEqual(['up', 'down']);
        expect(lines).toEqual([
          "rate limit: Redis is unavailable; each process counts tenants' rates alone until it is back",
        ]);
        expect(lines.join('\n')).not.toContain(String(own.port));
      }
      const back = await startRedisServer(undefined, own.port);
      try {
        expect(await a.limiter.ready(5_000)).toBe(true);
        expect(await b.limiter.ready(5_000)).toBe(true);
        // The restarted server starts with full buckets; the two replicas share them again.
        const outcomes: boolean[] = [];
        for (let i = 0; i < 6; i++)
          outcomes.push((await (i % 2 === 0 ? a : b).limiter.admitRequest('team')) === undefined);
        expect(outcomes).toEqual([true, true, true, false, false, false]);
        for (const { lines, states } of [a, b]) {
          expect(states).toEqual(['up', 'down', 'up']);
          expect(lines).toHaveLength(2);
          expect(lines[1]).toBe(
            "rate limit: Redis is back; tenants' rates are counted across processes again",
          );
        }
      } finally {
        // Closed while their server is still up: a client closed mid-reconnect keeps a timer alive.
        await Promise.all(started.splice(0).map((limiter) => limiter.close()));
        await back.stop();
      }
    } finally {
      await own.stop();
    }
  });
});
