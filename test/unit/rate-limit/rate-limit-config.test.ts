import { ConfigError } from '../../../src/config/config-error';
import { parseConfig } from '../../../src/config/load-config';
import { RATE_LIMIT_DEFAULTS, resolveRateLimit } from '../../../src/config/rate-limit.config';

describe('rateLimit config', () => {
  it('defaults to every rate on, for every tenant', () => {
    expect(resolveRateLimit()).toEqual({
      ...RATE_LIMIT_DEFAULTS,
      enabled: true,
      maxTrackedTenants: 10_000,
      tenants: {},
    });
  });

  it('layers a tenant over the global rates over the defaults', () => {
    const config = parseConfig(
      'rateLimit:\n  requestsPerSecond: 5\n  tenants:\n    batch:\n      upstreamCallBurst: 20\n',
      {},
    );
    expect(config.rateLimit).toMatchObject({
      requestsPerSecond: 5,
      requestBurst: RATE_LIMIT_DEFAULTS.requestBurst,
    });
    expect(config.rateLimit.tenants.batch).toEqual({
      ...RATE_LIMIT_DEFAULTS,
      requestsPerSecond: 5,
      upstreamCallBurst: 20,
    });
  });

  it.each([
    ['a zero rate', 'rateLimit:\n  requestsPerSecond: 0\n'],
    ['a fractional burst', 'rateLimit:\n  requestBurst: 1.5\n'],
    ['an unknown key', 'rateLimit:\n  requestPerSecond: 5\n'],
    ['an unknown tenant key', 'rateLimit:\n  tenants:\n    a:\n      burst: 5\n'],
  ])('refuses %s', (_name, text) => {
    expect(() => parseConfig(text, {})).toThrow(ConfigError);
  });

  describe('rateLimit.redis', () => {
    const redis = 'cache:\n  redis:\n    url: redis://redis.internal:6379/0\n    keyPrefix: "jg:"\n';

    it("shares the buckets on the cache's Redis whenever cache.redis.url is set", () => {
      const config = parseConfig(redis, {});
      expect(config.rateLimit.redis).toEqual(config.cache?.redis);
      expect(config.rateLimit.redis).toMatchObject({
        url: 'redis://redis.internal:6379/0',
        keyPrefix: 'jg:',
      });
    });

    it('counts per process without cache.redis, or when switched off with redis: false', () => {
      expect(parseConfig('rateLimit:\n  requestBurst: 5\n', {}).rateLimit.redis).toBeUndefined();
      expect(parseConfig(`${redis}rateLimit:\n  redis: false\n`, {}).rateLimit.redis).toBeUndefined();
      expect(parseConfig(`${redis}rateLimit:\n  redis: true\n`, {}).rateLimit.redis).toBeDefined();
    });

    it('refuses redis: true without cache.redis.url, naming the key', () => {
      expect(() => parseConfig('rateLimit:\n  redis: true\n', {})).toThrow(/rateLimit\.redis/);
    });
  });
});
