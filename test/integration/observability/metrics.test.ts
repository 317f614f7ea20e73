import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { resolveRateLimit } from '../../../src/config/rate-limit.config';
import { MAX_OPERATION_LABELS } from '../../../src/observability/operation-label';
import { captureLogs } from '../../helpers/logs-capture';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

type Families = ReturnType<typeof parsePrometheusTextFormat>;

/** Every metric the gateway exports by name (test/unit/observability/grafana-dashboard.test.ts reads it too). */
export const EXPORTED = [
  'jobgraph_requests_total',
  'jobgraph_request_duration_seconds',
  'jobgraph_errors_total',
  'jobgraph_upstream_calls_total',
  'jobgraph_upstream_call_duration_seconds',
  'jobgraph_upstream_errors_total',
  'jobgraph_upstream_retries_total',
  'jobgraph_upstream_breaker_state',
  'jobgraph_cache_hits_total',
  'jobgraph_cache_misses_total',
  'jobgraph_cache_evictions_total',
  'jobgraph_cache_redis_up',
  'nodejs_eventloop_lag_seconds',
  'process_cpu_user_seconds_total',
  'process_resident_memory_bytes',
];

async function post(gw: TestGateway, query: string): Promise<number> {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return response.status;
}

async function scrape(gw: TestGateway): Promise<Families> {
  const response = await fetch(gw.url.replace('/graphql', '/metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parsePrometheusTextFormat(await response.text());
}

function family(families: Families, name: string) {
  const found = families.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${name} is not exported`);
  return found;
}

function sum(families: Families, name: string, labels: Record<string, string> = {}): number {
  return family(families, name)
    .metrics.filter((sample) => Object.entries(labels).every(([k, v]) => sample.labels?.[k] === v))
    .reduce((total, sample) => total + Number(sample.value ?? sample.count ?? 0), 0);
}

describe('/metrics (Prometheus) after a few queries', () => {
  let gw: TestGateway;
  const logs = captureLogs();

  beforeAll(async () => {
    gw = await startTestGateway({ gateway: { log: logs.log } });
  });
  afterAll(() => gw.stop());

  it('exports every metric, with requests by operation and upstream calls equal to the emulator logs', async () => {
    gw.resetEmulators();
    expect(await post(gw, 'query Workspaces { workspaces(first: 2) { nodes { id } } }')).toBe(200);
    expect(await post(gw, 'query Workspaces { workspaces(first: 2) { nodes { id } } }')).toBe(200);
    expect(await post(gw, '{ paiJobs(first: 1) { nodes { id } } }')).toBe(200);
    await post(gw, 'query Broken { nope }');
    const families = await scrape(gw);
    for (const name of EXPORTED) expect(family(families, name).name).toBe(name);
    expect(sum(families, 'jobgraph_requests_total', { operation: 'Workspaces', status: '200' })).toBe(2);
    expect(sum(families, 'jobgraph_requests_total', { operation: 'anonymous' })).toBe(1);
    // The parser keeps a histogram's buckets but not its labels: its type is what can be checked here.
    expect(family(families, 'jobgraph_request_duration_seconds').type).toBe('HISTOGRAM');
    expect(family(families, 'jobgraph_upstream_call_duration_seconds').type).toBe('HISTOGRAM');
    expect(sum(families, 'jobgraph_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sum(families, 'jobgraph_upstream_calls_total', { provider: 'EMR_SERVERLESS_SPARK' })).toBe(
      gw.calls('emrServerlessSpark').length,
    );
    expect(sum(families, 'jobgraph_upstream_calls_total', { provider: 'PAI_DLC' })).toBe(
      gw.calls('paiDlc').length,
    );
    expect(gw.calls('emrServerlessSpark').length).toBeGreaterThan(0);
    // Each configured instance reports its breaker, closed.
    const breakers = family(families, 'jobgraph_upstream_breaker_state').metrics;
    expect(breakers.filter((sample) => sample.value === '1').map((s) => s.labels?.state)).toEqual(
      gw.providers.all().map(() => 'closed'),
    );
  });

  it('writes one JSON access line per request, after it ends, with the listed fields and no host', async () => {
    logs.json.length = 0;
    gw.resetEmulators();
    await post(gw, 'query Workspaces { workspaces(first: 2) { nodes { id } } }');
    const access = logs.parsed().filter((line) => line.event === 'request');
    expect(access).toEqual([
      expect.objectContaining({
        level: 30,
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        operation: 'Workspaces',
        status: 200,
        durationMs: expect.any(Number),
        upstreamCalls: gw.calls('emrServerlessSpark').length,
        upstreamCallsByProvider: { EMR_SERVERLESS_SPARK: gw.calls('emrServerlessSpark').length },
        cacheHits: expect.any(Number),
        errorCodes: [],
      }),
    ]);
    expect(logs.json.join('\n')).not.toMatch(/127\.0\.0\.1|localhost|http:|hostname|stack/);
  });

  it('keeps the operation label bounded: 300 differently named operations give at most cap + 1 values', async () => {
    // Without the rate limit: a throttled request (429) never resolves an operation, and is `unresolved`.
    const separate = await startTestGateway({ gateway: { rateLimit: resolveRateLimit({ enabled: false }) } });
    try {
      for (let i = 0; i < 300; i++) await post(separate, `query Op${i} { __typename }`);
      // Names that are not names never become labels.
      await post(separate, '{ __typename }');
      const families = await scrape(separate);
      const operations = new Set(
        family(families, 'jobgraph_requests_total').metrics.map((sample) => sample.labels?.operation),
      );
      expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 2);
      expect(operations.has('other')).toBe(true);
      operations.delete('anonymous');
      expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 1);
      expect(sum(families, 'jobgraph_requests_total', { operation: 'other' })).toBe(100);
    } finally {
      await separate.stop();
    }
  });

  it('is open on a loopback listener, and asks for credentials when requireAuth is set', async () => {
    const locked = await startTestGateway({
      gateway: {
        metrics: { requireAuth: true },
        authenticate: async () => ({
          refuse: { status: 401, body: { errors: [{ message: 'no' }] }, headers: {} },
        }),
      },
    });
    try {
      expect((await fetch(locked.url.replace('/graphql', '/metrics'))).status).toBe(401);
    } finally {
      await locked.stop();
    }
  });
});
