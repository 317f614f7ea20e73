import type { EmulatedProvider } from '../../../src/emulators/start-emulators';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(async () => {
  await gateway.stop();
});
beforeEach(() => gateway.resetEmulators());

const PROVIDERS: readonly EmulatedProvider[] = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'];
const upstreamCalls = () => PROVIDERS.reduce((sum, provider) => sum + gateway.calls(provider).length, 0);

interface RawResponse {
  readonly status: number;
  readonly body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: Record<string, unknown> };
  };
}

async function post(query: string, variables?: Record<string, unknown>): Promise<RawResponse> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

const times = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join(' ');
const WORKSPACE_FIELDS =
  'autoRenew autoRenewPeriod autoRenewPeriodUnit createTime dlfCatalogId dlfType duration endTime failReason gpuSpec id instance ipWhiteList paymentDurationUnit paymentStatus paymentType provider region regionId releaseType resourceGroupId resourceSpec storage workspaceId workspaceName workspaceStatus';
const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `id-${i}`));

describe.each([
  ['maxTokens', `{ ${'__typename '.repeat(5_000)}}`, 5_001, 5_000],
  ['maxParserRecursion', `{ nodes(ids: ${'['.repeat(65)}${']'.repeat(65)}) { id } }`, 65, 64],
  [
    'maxDepth',
    '{ workspaces(first: 1) { nodes { jobRuns(first: 1) { nodes { workspace { jobRuns(first: 1) { nodes { workspace { jobRuns(first: 1) { nodes { workspace { tags { key } } } } } } } } } } } } }',
    13,
    12,
  ],
  ['maxAliases', `{ ${times(31, (i) => `a${i}: __typename`)} }`, 31, 30],
  ['maxRootFields', `{ ${times(21, () => 'workspaces(first: 1) { nodes { id } }')} }`, 21, 20],
  [
    'maxDirectives',
    `{ workspaces(first: 1) { nodes { ${times(21, () => 'id @include(if: true)')} } } }`,
    21,
    20,
  ],
  // graphql-js itself aborts validation of 1,001 identical fields; these are 40 copies of a fragment.
  [
    'maxFieldSelections',
    `{ ${'...F '.repeat(40)}} fragment F on Query { workspaces(first: 1) { nodes { ${WORKSPACE_FIELDS} } } }`,
    40 * 28,
    1_000,
  ],
  [
    'maxObjects',
    '{ workspaces(first:100) { nodes { jobRuns(first:100) { nodes { id workspace { jobRuns(first:100) { nodes { id workspace { jobRuns(first:100) { nodes { id workspace { id } } } } } } } } } } } }',
    202_020_100,
    25_000,
  ],
  ['maxUpstreamCalls', `{ ${times(3, (i) => `n${i}: nodes(ids: ${ids(100)}) { id }`)} }`, undefined, 250],
])('%s', (limit, query, found, maximum) => {
  it('is refused before execution: 400, QUERY_TOO_COMPLEX with the numbers, zero upstream calls, extensions.cost', async () => {
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit,
      found: found ?? expect.any(Number),
      maximum,
    });
    expect(body.extensions?.cost).toMatchObject({
      actualUpstreamCalls: 0,
      limit: { maxObjects: 25_000, maxUpstreamCalls: 250 },
    });
    expect(upstreamCalls()).toBe(0);
  });
});

describe('the review queries', () => {
  it('1,000 aliases of paiJobs with distinct arguments and 100 aliases of nodes(100 ids) make no call', async () => {
    for (const query of [
      `{ ${times(1_000, (i) => `a${i}: paiJobs(first: ${(i % 100) + 1}) { nodes { id } }`)} }`,
      `{ ${times(100, (i) => `n${i}: nodes(ids: ${ids(100)}) { id }`)} }`,
    ]) {
      const { status, body } = await post(query);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
    expect(upstreamCalls()).toBe(0);
  });

  it('a parser-limit refusal over GET is the same typed 400', async () => {
    const query = `{ nodes(ids: ${'['.repeat(100)}${']'.repeat(100)}) { id } }`;
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as RawResponse['body'];
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxParserRecursion',
      found: 65,
      maximum: 64,
    });
  });
});

describe('string arguments', () => {
  it('a 20 KB filter value is BAD_USER_INPUT naming the argument, inline or in a variable, with no upstream call', async () => {
    const long = 'x'.repeat(20_000);
    const inline = await post(`{ paiJobs(filter: { displayName: "${long}" }) { nodes { id } } }`);
    expect(inline.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.displayName',
    });
    const viaVariable = await post('query ($f: JobFilter) { jobs(filter: $f) { nodes { id } } }', {
      f: { nameContains: long },
    });
    expect(viaVariable.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.nameContains',
    });
    const cursor = await post(`{ workspaces(after: "${long}") { nodes { id } } }`);
    expect(cursor.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(upstreamCalls()).toBe(0);
  });
});

describe('extensions.cost', () => {
  it('reports the estimate and the actual calls, which match the emulators and stay within it', async () => {
    const { status, body } = await post(
      '{ workspaces(first: 10) { nodes { jobRuns(first: 5) { nodes { id workspace { id } } } } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const cost = body.extensions?.cost as {
      requestedObjects: number;
      requestedUpstreamCalls: number;
      actualUpstreamCalls: number;
    };
    expect(cost.requestedObjects).toBe(110);
    expect(cost.actualUpstreamCalls).toBe(upstreamCalls());
    expect(gateway.calls('emrServerlessSpark', 'ListJobRuns')).toHaveLength(10);
    expect(cost.actualUpstreamCalls).toBeLessThanOrEqual(cost.requestedUpstreamCalls);
  });

  it('is on parse and validation errors too, with nothing estimated', async () => {
    const { body } = await post('{ noSuchField }');
    expect(body.extensions?.cost).toEqual({
      requestedObjects: null,
      requestedUpstreamCalls: null,
      actualUpstreamCalls: 0,
      limit: { maxObjects: 25_000, maxUpstreamCalls: 250 },
    });
  });
});
