import { print } from 'graphql';
import { GravitinoJobTemplatesPageDocument, JobSourceReadsDocument } from '../../__generated__/operations';
import { startEmulators, type RunningEmulators } from '../../../src/emulators/start-emulators';
import { sha256Hex } from '../../../src/server/persisted-queries/manifest';
import { upstreamOf } from '../../helpers/cache-fixtures';
import { describeWithRedis, startRedisServer, type RunningRedis } from '../../helpers/redis-server';
import { postAsTenant } from '../../helpers/tenant-header';
import { apqExtension, getGraphQL, postGraphQL } from '../persisted-queries/persisted-http';
import { clearEmulatorCalls, emulatorCalls, startReplica, until, type Replica } from './replica';

const JOBS = print(JobSourceReadsDocument);
const TEMPLATES = print(GravitinoJobTemplatesPageDocument);

/** The tenants these tests read as; `metered*` have a tiny request burst that never refills here. */
const READER = 'reader';
const RATE_LIMIT = {
  tenants: {
    metered: { requestBurst: 5, requestsPerSecond: 0.001 },
    'metered-after-outage': { requestBurst: 3, requestsPerSecond: 0.001 },
  },
};

const CACHE_DOWN =
  'cache: Redis is unavailable; serving from memory and upstream, reconnecting with back-off';
const CACHE_BACK = 'cache: Redis is back; sharing cached reads again';
const LIMIT_DOWN =
  "rate limit: Redis is unavailable; each process counts tenants' rates alone until it is back";
const LIMIT_BACK = "rate limit: Redis is back; tenants' rates are counted across processes again";

/** How often each replica logged exactly `line`. */
const count = (replica: Replica, line: string) => replica.logs.lines.filter((each) => each === line).length;

/** The value of `jobgraph_cache_redis_up` on a replica's /metrics. */
async function redisUp(replica: Replica): Promise<string | undefined> {
  const text = await (await fetch(`${replica.origin}/metrics`)).text();
  return /^jobgraph_cache_redis_up (\d)$/m.exec(text)?.[1];
}

/**
 * Two gateway replicas, each with a process's worth of state (memory cache, provider clients,
 * rate limiter, Redis connections), over the same emulators and one real redis-server: what is
 * shared is shared through Redis only. Upstream calls are counted in the emulators' request logs.
 */
describeWithRedis('two gateway replicas sharing one Redis', () => {
  let redis: RunningRedis;
  let emulators: RunningEmulators;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    redis = await startRedisServer();
    emulators = await startEmulators({ referenceTime: Date.UTC(2026, 10, 1) });
    const setup = {
      emulators,
      redisUrl: redis.url,
      now: () => Date.UTC(2026, 10, 1, 12),
      rateLimit: RATE_LIMIT,
    };
    a = await startReplica('a', setup);
    b = await startReplica('b', setup);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await emulators?.stop();
    await redis?.stop();
  });
  beforeEach(() => clearEmulatorCalls(emulators));

  it("serves the first replica's cached page on the second with 0 upstream calls", async () => {
    const first = await postAsTenant(a.url, READER, JOBS, { first: 20 });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(emulatorCalls(emulators)).toBeGreaterThan(0);
    clearEmulatorCalls(emulators);
    const second = await postAsTenant(b.url, READER, JOBS, { first: 20 });
    expect(second.status).toBe(200);
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data).toEqual(first.body.data);
    expect(emulatorCalls(emulators)).toBe(0);
    expect(upstreamOf(second.body).calls).toBe(0);
    expect(upstreamOf(second.body).cacheHits).toBeGreaterThan(0);
  });

  it("counts a tenant's requests across both replicas: the two admit the burst between them, not twice it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await postAsTenant(i % 2 === 0 ? a.url : b.url, 'metered', '{ __typename }');
      statuses.push(answer.status);
      if (answer.status === 429) expect(answer.body.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    }
    // Burst 5: admitted alternately by a, b, a, b, a; every later request refused by both.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
    // The bucket is the tenant's, not the replicas': another tenant is untouched.
    expect((await postAsTenant(b.url, READER, '{ __typename }')).status).toBe(200);
  });

  it('finds on the second replica a persisted query registered on the first (hash-only GET and POST)', async () => {
    const query = '{ replicaApq: gravitinoJobTemplates(metalake: "dev_lake", first: 2) { nodes { name } } }';
    const hash = sha256Hex(query);
    const before = await postGraphQL(b.url, { extensions: apqExtension(hash) });
    expect(before.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await postGraphQL(a.url, { query, extensions: apqExtension(hash) });
    expect(registered.errors).toBeUndefined();
    const byPost = await postGraphQL(b.url, { extensions: apqExtension(hash) });
    expect(byPost.status).toBe(200);
    expect(byPost.errors).toBeUndefined();
    expect(byPost.data).toEqual(registered.data);
    const byGet = await getGraphQL(
      b.url,
      { extensions: apqExtension(hash) },
      { 'apollo-require-preflight': 'true' },
    );
    expect(byGet.status).toBe(200);
    expect(byGet.errors).toBeUndefined();
    expect(byGet.data).toEqual(registered.data);
  });

  // Last: it stops the suite's Redis, then starts it again on the same port.
  it('keeps both replicas serving while Redis is stopped, each logging it once, and both use it again when it is back', async () => {
    const warm = { metalake: 'prod_lake', first: 3 };
    expect((await postAsTenant(a.url, READER, TEMPLATES, warm)).body.errors).toBeUndefined();
    await redis.stop();
    // Cached on a (its memory), not yet anywhere on b (upstream), fresh reads on both, the limiter on both.
    const during = [];
    for (const replica of [a, b, a, b])
      during.push(
        await postAsTenant(replica.url, READER, TEMPLATES, warm),
        await postAsTenant(replica.url, READER, TEMPLATES, { metalake: 'analytics', first: 3 }),
        await postAsTenant(replica.url, READER, JOBS, { first: 10 }),
        await postAsTenant(replica.url, 'metered-during-outage', '{ __typename }'),
      );
    for (const answer of during) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    for (const replica of [a, b]) {
      await until(
        () => count(replica, CACHE_DOWN) > 0 && count(replica, LIMIT_DOWN) > 0,
        `${replica.name} down`,
      );
      expect(await redisUp(replica)).toBe('0');
    }
    const restarted = await startRedisServer(undefined, redis.port);
    redis = restarted;
    for (const replica of [a, b])
      await until(
        () => count(replica, CACHE_BACK) > 0 && count(replica, LIMIT_BACK) > 0,
        `${replica.name} back`,
      );
    for (const replica of [a, b]) {
      // One line each way per outage, however many requests and reconnection attempts it spanned.
      expect([CACHE_DOWN, LIMIT_DOWN, CACHE_BACK, LIMIT_BACK].map((line) => count(replica, line))).toEqual([
        1, 1, 1, 1,
      ]);
      expect(replica.logs.lines.join('\n')).not.toContain(String(redis.port));
      expect(await redisUp(replica)).toBe('1');
    }
    // Recovered: a page first read on a after the restart is on Redis, and b serves it with 0 calls.
    clearEmulatorCalls(emulators);
    // A read nothing above made (the Gravitino lists are whole, so every metalake's is cached by now).
    const fresh = '{ paiJobs(first: 4) { nodes { id name status } } }';
    const onA = await postAsTenant(a.url, READER, fresh);
    expect(onA.body.errors).toBeUndefined();
    expect(emulatorCalls(emulators)).toBeGreaterThan(0);
    clearEmulatorCalls(emulators);
    const onB = await postAsTenant(b.url, READER, fresh);
    expect(onB.body.data).toEqual(onA.body.data);
    expect(emulatorCalls(emulators)).toBe(0);
    // And the rate limit is counted across both again.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await postAsTenant(i % 2 === 0 ? a.url : b.url, 'metered-after-outage', '{ __typename }')).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });
});
