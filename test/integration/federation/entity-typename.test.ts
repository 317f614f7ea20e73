import { buildGatewaySchema } from '../../../src/schema/build-schema';
import { buildJobgraphSubgraphSchema } from '../../../src/schema/build-subgraph-schema';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

type Body = {
  data?: { _entities?: unknown[] } | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
};

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Node { id } ... on JobRun { status } }
}`;

describe('_entities checks each representation’s __typename against its global id', () => {
  let gw: TestGateway;
  let subgraphUrl: string;
  let run: { id: string; status: string };
  let workspaceId: string;

  const entities = async (representations: object[]): Promise<Body> => {
    const response = await fetch(subgraphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ENTITIES, variables: { representations } }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Body;
  };

  beforeAll(async () => {
    gw = await startTestGateway({
      gateway: { subgraphSchema: buildJobgraphSubgraphSchema(await buildGatewaySchema()) },
    });
    subgraphUrl = gw.url.replace(/\/graphql$/, '/subgraph');
    const listed = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ workspaces(first: 5) { nodes { id jobRuns(first: 1) { nodes { id status } } } } }',
      }),
    });
    const { data } = (await listed.json()) as {
      data: { workspaces: { nodes: { id: string; jobRuns: { nodes: { id: string; status: string }[] } }[] } };
    };
    const owner = data.workspaces.nodes.find((node) => node.jobRuns.nodes.length > 0);
    if (!owner?.jobRuns.nodes[0]) throw new Error('the demo data has a workspace with runs');
    run = owner.jobRuns.nodes[0];
    workspaceId = owner.id;
  });
  afterAll(async () => gw?.stop());
  beforeEach(() => gw.resetEmulators());

  it('a JobRun id sent as a Workspace is null with BAD_USER_INPUT and never looked up; the other representations resolve', async () => {
    const result = await entities([
      { __typename: 'Workspace', id: run.id },
      { __typename: 'JobRun', id: run.id },
    ]);
    expect(result.data?._entities).toEqual([null, { __typename: 'JobRun', id: run.id, status: run.status }]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['_entities', 0],
      extensions: { code: 'BAD_USER_INPUT', argument: 'representations' },
    });
    // Only the well-typed JobRun was looked up (one ListJobRuns page or GetJobRun), never as a Workspace.
    expect(gw.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(0);
  });

  it('a Workspace id sent as a JobRun is refused the same way', async () => {
    const result = await entities([{ __typename: 'JobRun', id: workspaceId }]);
    expect(result.data?._entities).toEqual([null]);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
  });
});
