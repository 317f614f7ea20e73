import { print } from 'graphql';
import { GravitinoJobTemplatesPageDocument, JobSourceReadsDocument } from '../../__generated__/operations';
import { demoConfig } from '../../../src/cli/demo-config';
import { createProviderRegistry } from '../../../src/providers/provider-registry';
import { CursorCodec } from '../../../src/pagination/cursor-codec';
import { buildGatewaySchema } from '../../../src/schema/build-schema';
import { startGateway } from '../../../src/server/start-gateway';
import { TEST_RESILIENCE } from '../../helpers/provider-instances';
import { testCache, totalCalls, upstreamOf } from '../../helpers/cache-fixtures';
import { describeWithRedis, startRedisServer, type RunningRedis } from '../../helpers/redis-server';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

describeWithRedis('the cross-request cache on a real Redis', () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(() => redis.stop());

  describe('two gateways sharing one Redis', () => {
    let first: ReturnType<typeof testCache>;
    let second: ReturnType<typeof testCache>;
    let gateway: TestGateway;
    let other: { url: string; stop(): Promise<void> };

    beforeAll(async () => {
      const redisConfig = { redis: { url: redis.url, keyPrefix: 'shared-test:' } };
      first = testCache(redisConfig);
      second = testCache(redisConfig, first.clock);
      expect(await first.cache.redisReady()).toBe(true);
      expect(await second.cache.redisReady()).toBe(true);
      gateway = await startTestGateway({ cache: first.cache });
      // The second gateway: its own process state (providers, memory tier) over the same emulators.
      const providers = createProviderRegistry(
        demoConfig(gateway.emulators.endpoints, { port: 0, host: '127.0.0.1', resilience: TEST_RESILIENCE }),
        { cache: second.cache },
      );
      const running = await startGateway({
        schema: await buildGatewaySchema(),
        providers,
        cursors: new CursorCodec({ secret: Buffer.from('test-cursor-secret'), maxAgeMs: 3_600_000 }),
        port: 0,
        host: '127.0.0.1',
        log: () => undefined,
      });
      other = {
        url: running.url,
        stop: async () => {
          await running.stop();
          await providers.close();
        },
      };
    });
    afterAll(async () => {
      await other.stop();
      await gateway.stop();
      await first.cache.close();
      await second.cache.close();
    });
    beforeEach(() => gateway.resetEmulators());

    const post = async (url: string, query: string, variables: object) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as { errors?: unknown[] }) };
    };

    it('answers a repeated jobs(first: 20) with 0 upstream calls, on the other gateway too', async () => {
      const answer = await gateway.run(JobSourceReadsDocument, { first: 20 });
      expect(answer.errors).toBeUndefined();
      expect(totalCalls(gateway)).toBeGreaterThan(0);
      gateway.resetEmulators();
      const again = await gateway.run(JobSourceReadsDocument, { first: 20 });
      expect(totalCalls(gateway)).toBe(0);
      expect(upstreamOf(again).calls).toBe(0);
      const elsewhere = await post(other.url, print(JobSourceReadsDocument), { first: 20 });
      expect(elsewhere.errors).toBeUndefined();
      expect(totalCalls(gateway)).toBe(0);
      expect(upstreamOf(elsewhere).calls).toBe(0);
    });

    it('makes 1 upstream call between them for 50 concurrent identical queries', async () => {
      const query = print(GravitinoJobTemplatesPageDocument);
      const variables = { metalake: 'dev_lake', first: 2 };
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => post(i % 2 === 0 ? gateway.url : other.url, query, variables)),
      );
      expect(responses.filter((response) => response.status !== 200 || response.errors)).toEqual([]);
      expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(1);
    });
  });

  describe('when Redis goes away mid-run', () => {
    let own: RunningRedis;
    let cache: ReturnType<typeof testCache>;
    let gateway: TestGateway;

    beforeAll(async () => {
      own = await startRedisServer();
      cache = testCache({ redis: { url: own.url, reconnectBaseMs: 50, reconnectMaxMs: 200 } });
      expect(await cache.cache.redisReady()).toBe(true);
      gateway = await startTestGateway({ cache: cache.cache });
    });
    afterAll(async () => {
      await gateway.stop();
      await cache.cache.close();
      await own.stop();
    });

    it('fails no request, serves from memory and upstream, tells the observer and logs it once', async () => {
      const variables = { metalake: 'prod_lake', first: 3 };
      expect((await gateway.run(GravitinoJobTemplatesPageDocument, variables)).errors).toBeUndefined();
      await own.kill();
      gateway.resetEmulators();
      // A cached read (memory still has it) and fresh reads (upstream), several times over.
      const responses = await Promise.all([
        gateway.run(GravitinoJobTemplatesPageDocument, variables),
        gateway.run(GravitinoJobTemplatesPageDocument, { metalake: 'analytics', first: 3 }),
        gateway.run(JobSourceReadsDocument, { first: 10 }),
      ]);
      const more = await Promise.all([
        gateway.run(JobSourceReadsDocument, { first: 10 }),
        gateway.run(GravitinoJobTemplatesPageDocument, { metalake: 'dev_lake', first: 3 }),
      ]);
      for (const response of [...responses, ...more]) {
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
      }
      expect(gateway.calls('gravitino', 'listJobTemplates')).toHaveLength(2);
      expect(cache.observer.redisStates).toEqual(['up', 'down']);
      expect(cache.lines.filter((line) => line.includes('Redis'))).toEqual([
        'cache: Redis is unavailable; serving from memory and upstream, reconnecting with back-off',
      ]);
      expect(cache.lines.join('\n')).not.toContain(String(own.port));
    });
  });
});
