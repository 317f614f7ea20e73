import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { createUpstreamCache } from '../../../src/cache/create-upstream-cache';
import { GatewayMetrics } from '../../../src/observability/gateway-metrics';

describe('cache metrics (src/cache observer → /metrics)', () => {
  it('counts hits, misses and evictions by provider and operation, and the Redis state', async () => {
    const metrics = new GatewayMetrics({ all: () => [] });
    const caching = createUpstreamCache();
    const detach = caching.observe(metrics.cache);
    const event = { provider: 'PAI_DLC', operation: 'GetJob', ttlClass: 'unknown' as const };
    metrics.cache.hit(event);
    metrics.cache.hit(event);
    metrics.cache.miss(event);
    metrics.cache.eviction();
    metrics.cache.redisState('down');
    const families = parsePrometheusTextFormat((await metrics.scrape()).text);
    const value = (name: string) =>
      families.find((family) => family.name === name)?.metrics.map((sample) => [sample.labels, sample.value]);
    expect(value('jobgraph_cache_hits_total')).toEqual([[{ provider: 'PAI_DLC', operation: 'GetJob' }, '2']]);
    expect(value('jobgraph_cache_misses_total')).toEqual([
      [{ provider: 'PAI_DLC', operation: 'GetJob' }, '1'],
    ]);
    expect(value('jobgraph_cache_evictions_total')).toEqual([[undefined, '1']]);
    expect(value('jobgraph_cache_redis_up')).toEqual([[undefined, '0']]);
    detach();
    await caching.cache.close();
    metrics.clear();
  });
});
