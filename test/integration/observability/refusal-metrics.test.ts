import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { sha256Hex } from '../../../src/auth/api-key-hash';
import { createAuthenticator } from '../../../src/auth/create-authenticator';
import { LIMITS_DEFAULTS } from '../../../src/config/limits.config';
import { resolveRateLimit } from '../../../src/config/rate-limit.config';
import { getRequestLog, postFaults } from '../../helpers/emulator-hooks';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { authFromYaml } from '../auth/auth-http';

const KEY = 'jg_key-of-team-a-0123456789abcdef0123456789';
const CONFIG = `
auth:
  mode: api_key
  apiKeys:
    - { id: a-1, tenant: team-a, sha256: ${sha256Hex(KEY)} }
tenants:
  - { id: team-a }
`;
const MAX_BODY_BYTES = 2_000;
/** Requests team-a may send before it is throttled (the rate refills far slower than the test runs). */
const BURST = 3;

async function post(gw: TestGateway, body: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  await response.text();
  return response.status;
}

async function errorsByCode(gw: TestGateway): Promise<Record<string, number>> {
  const response = await fetch(gw.url.replace('/graphql', '/metrics'));
  expect(response.status).toBe(200);
  const families = parsePrometheusTextFormat(await response.text());
  const errors = families.find((family) => family.name === 'jobgraph_errors_total');
  const counts: Record<string, number> = {};
  for (const sample of errors?.metrics ?? []) {
    const code = (sample.labels as Record<string, string>).code ?? '';
    counts[code] = (counts[code] ?? 0) + Number((sample as { value: string }).value);
  }
  return counts;
}

describe('jobgraph_errors_total counts requests refused before Apollo', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    const { auth, tenants } = authFromYaml(CONFIG);
    gw = await startTestGateway({
      gateway: {
        authenticate: createAuthenticator(auth, tenants),
        schemaExposure: auth,
        limits: { ...LIMITS_DEFAULTS, maxBodyBytes: MAX_BODY_BYTES },
        rateLimit: resolveRateLimit({ requestsPerSecond: 0.001, requestBurst: BURST }),
      },
    });
  });
  afterAll(async () => gw?.stop());

  it('once per code: 413, 401, 429, the parser limits, and Apollo’s own errors not twice', async () => {
    const key = { authorization: `Bearer ${KEY}` };
    const query = (text: string) => JSON.stringify({ query: text });
    const tooLarge = query(`{ workspaces(first: 1) { nodes { id } } } #${'x'.repeat(MAX_BODY_BYTES)}`);
    const tooDeep = query(`${'{'.repeat(LIMITS_DEFAULTS.maxParserRecursion + 1)}`);
    const statuses: number[] = [];
    // The body limit is checked before the caller is known.
    for (let i = 0; i < 2; i += 1) statuses.push(await post(gw, tooLarge));
    for (let i = 0; i < 3; i += 1) statuses.push(await post(gw, query('{ __typename }')));
    // The burst: one served, one Apollo answers with a validation error (200 under application/json),
    // one the pre-parse check refuses.
    statuses.push(await post(gw, query('{ __typename }'), key));
    statuses.push(await post(gw, query('{ nope }'), key));
    statuses.push(await post(gw, tooDeep, key));
    for (let i = 0; i < 4; i += 1) statuses.push(await post(gw, query('{ __typename }'), key));
    expect(statuses).toEqual([413, 413, 401, 401, 401, 200, 200, 400, 429, 429, 429, 429]);
    expect(await errorsByCode(gw)).toEqual({
      BAD_REQUEST: 2,
      UNAUTHENTICATED: 3,
      GRAPHQL_VALIDATION_FAILED: 1,
      QUERY_TOO_COMPLEX: 1,
      THROTTLED: 4,
    });
  });
});

describe('jobgraph_errors_total during a drain', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.stop());

  it('counts each request refused with SHUTTING_DOWN once', async () => {
    const pai = gw.emulators.endpoints.paiDlc;
    // Holds one call so that a request is in flight, and /metrics still served, while the gateway drains.
    await postFaults(pai, { operation: 'ListJobs', times: 1, kind: 'delay', ms: 2_000 });
    const slow = post(gw, JSON.stringify({ query: '{ paiJobs(first: 1) { nodes { id } } }' }));
    while (!(await getRequestLog(pai, 'ListJobs')).some((call) => call.fault === 'delay'))
      await new Promise((resolve) => setTimeout(resolve, 20));
    const drained = gw.gateway.drain();
    const late = [];
    for (let i = 0; i < 2; i += 1) late.push(await post(gw, JSON.stringify({ query: '{ __typename }' })));
    expect(late).toEqual([503, 503]);
    expect(await errorsByCode(gw)).toEqual({ SHUTTING_DOWN: 2 });
    expect(await slow).toBe(200);
    expect(await drained).toBe(0);
  });
});
