import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGatewaySchema } from '../../../src/schema/build-schema';
import { buildJobgraphSubgraphSchema } from '../../../src/schema/build-subgraph-schema';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

type Body = { data?: Record<string, unknown> | null; errors?: { message: string }[] };

/** Every upstream call the emulators logged, as `provider operation`, sorted. */
const PROVIDERS = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'] as const;

describe('jobgraph as a Federation 2 subgraph (/subgraph)', () => {
  let gw: TestGateway;
  let subgraphUrl: string;
  const post = async (url: string, query: string, variables?: object): Promise<Body> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Body;
  };
  const upstreamCalls = () =>
    PROVIDERS.flatMap((provider) => gw.calls(provider).map((call) => `${provider} ${call.operation}`)).sort();

  beforeAll(async () => {
    const schema = await buildGatewaySchema();
    gw = await startTestGateway({ gateway: { subgraphSchema: buildJobgraphSubgraphSchema(schema) } });
    subgraphUrl = gw.url.replace(/\/graphql$/, '/subgraph');
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  /** 100 global ids of JobRuns, Workspaces and PaiJobs, read through /graphql, with their typenames. */
  async function hundredIds(): Promise<{ __typename: string; id: string }[]> {
    const listed = await post(
      gw.url,
      `{ workspaces(first: 20) { nodes { __typename id jobRuns(first: 20) { nodes { __typename id } } } }
         paiJobs(first: 50) { nodes { __typename id } } }`,
    );
    expect(listed.errors).toBeUndefined();
    const data = listed.data as {
      workspaces: {
        nodes: { __typename: string; id: string; jobRuns: { nodes: { __typename: string; id: string }[] } }[];
      };
      paiJobs: { nodes: { __typename: string; id: string }[] };
    };
    const all = [
      ...data.workspaces.nodes.flatMap(({ __typename, id, jobRuns }) => [
        { __typename, id },
        ...jobRuns.nodes,
      ]),
      ...data.paiJobs.nodes,
    ];
    expect(new Set(all.map((node) => node.__typename))).toEqual(new Set(['Workspace', 'JobRun', 'PaiJob']));
    // Interleaved, so one kind's lookups are spread over the list as a gateway's would be.
    return Array.from(
      { length: 100 },
      (_, i) => all[(i * 7) % all.length] as { __typename: string; id: string },
    );
  }

  it('_entities for 100 JobRun/Workspace/PaiJob representations makes exactly the upstream calls nodes(ids:) makes', async () => {
    const refs = await hundredIds();
    gw.resetEmulators();
    const viaNodes = await post(
      gw.url,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on JobRun { status } } }',
      {
        ids: refs.map((ref) => ref.id),
      },
    );
    expect(viaNodes.errors).toBeUndefined();
    const nodesCalls = upstreamCalls();
    gw.resetEmulators();
    const viaEntities = await post(
      subgraphUrl,
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Node { id } ... on JobRun { status } } }',
      { representations: refs },
    );
    expect(viaEntities.errors).toBeUndefined();
    expect(viaEntities.data?._entities).toEqual(viaNodes.data?.nodes);
    // Batched as nodes(ids:) is: the very same calls (EMR has no batch lookup of runs by id).
    expect(upstreamCalls()).toEqual(nodesCalls);
    // The PaiJobs (a third of the list) cost one ListJobs between them, in both paths.
    expect(nodesCalls.filter((call) => call.startsWith('paiDlc'))).toEqual(['paiDlc ListJobs']);
  });

  it('_service { sdl } is the checked-in subgraph.graphql', async () => {
    const result = await post(subgraphUrl, '{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    const checkedIn = readFileSync(join(__dirname, '..', '..', '..', 'subgraph.graphql'), 'utf8');
    expect(checkedIn.endsWith(`\n\n${(result.data?._service as { sdl: string }).sdl.trimEnd()}\n`)).toBe(
      true,
    );
  });

  it('/graphql stays the plain schema: no _entities there', async () => {
    const result = await post(gw.url, '{ _service { sdl } }').catch(() => undefined);
    expect(result?.errors?.[0]?.message ?? 'no errors').toMatch(/_service/);
  });
});
