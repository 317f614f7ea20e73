import { toGlobalId } from '../../../src/domain/global-id';
import { noteFor } from '../../helpers/annotations-subgraph';
import {
  startSupergraphStack,
  TEAM_B_API_KEY,
  type Answer,
  type SupergraphStack,
} from '../../helpers/supergraph-stack';

// The real Hive Gateway (its own process) over jobgraph's two replicas and the annotations
// subgraph: test/helpers/supergraph-stack.ts. Counts only: upstream calls from the emulators' logs,
// subgraph requests from the load balancer and the annotations subgraph. One stack for the file
// (starting Hive Gateway is most of its time); the last test stops a replica.

type Ref = { __typename: string; id: string };
type RunRow = { id: string; status: string; note?: string | null };
type WorkspaceRow = { id: string; jobRuns: { nodes: RunRow[] } };

const SPANNING = `{ workspaces(first: 6) { nodes { id jobRuns(first: 3) { nodes { id note status } } } } }`;
const ANNOTATED = `query ($ids: [ID!]!) { annotated(ids: $ids) {
  ... on JobRun { id status note } ... on Workspace { id workspaceName note } ... on PaiJob { id status note } } }`;
const STREAMED = `{ workspaces(first: 4) { nodes { id note jobRuns(first: 2) { nodes { id note status } } } } }`;
const BUDGET = `query ($ids: [ID!]!) { annotated(ids: $ids) { ... on JobRun { id status } } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) {
  ... on JobRun { id status } ... on Workspace { id workspaceName } ... on PaiJob { id status } } }`;

describe('the real Hive Gateway over two jobgraph replicas and an annotations subgraph', () => {
  let stack: SupergraphStack;

  beforeAll(async () => {
    stack = await startSupergraphStack();
  }, 120_000);
  afterAll(async () => stack?.stop());
  beforeEach(() => stack.reset());

  /** What jobgraph's subgraph received: every request passes the balancer. */
  const subgraphRequests = () => stack.balancer.counts.forwarded.reduce((sum, n) => sum + n, 0);

  /** 100 distinct global ids of Workspaces, JobRuns and PaiJobs, interleaved, read on the plain /graphql. */
  async function hundredRefs(): Promise<Ref[]> {
    const listed = await stack.post(
      stack.plainUrl,
      `{ workspaces(first: 20) { nodes { __typename id jobRuns(first: 20) { nodes { __typename id } } } }
         paiJobs(first: 50) { nodes { __typename id } } }`,
    );
    expect(listed.errors).toBeUndefined();
    const data = listed.data as {
      workspaces: { nodes: (Ref & { jobRuns: { nodes: Ref[] } })[] };
      paiJobs: { nodes: Ref[] };
    };
    const all: Ref[] = [
      ...data.workspaces.nodes.flatMap(({ __typename, id, jobRuns }) => [
        { __typename, id },
        ...jobRuns.nodes,
      ]),
      ...data.paiJobs.nodes,
    ];
    // Spread the kinds over the list, as a gateway's batch would mix them.
    const byKind = ['Workspace', 'JobRun', 'PaiJob'].map((kind) =>
      all.filter((ref) => ref.__typename === kind),
    );
    const mixed = Array.from({ length: all.length }, (_, i) => byKind[i % 3]?.[Math.floor(i / 3)]).filter(
      (ref): ref is Ref => ref !== undefined,
    );
    const refs = [...mixed, ...all.filter((ref) => !mixed.includes(ref))].slice(0, 100);
    expect(new Set(refs.map((ref) => ref.id)).size).toBe(100);
    expect(new Set(refs.map((ref) => ref.__typename))).toEqual(new Set(['Workspace', 'JobRun', 'PaiJob']));
    return refs;
  }

  it('a query spanning both subgraphs returns the plain /graphql data plus each run’s note, fetched in one batch', async () => {
    const viaGateway = await stack.post(stack.gateway.url, SPANNING);
    expect(viaGateway.errors).toBeUndefined();
    const plain = await stack.post(stack.plainUrl, SPANNING.replace(' note', ''));
    expect(plain.errors).toBeUndefined();
    const withNotes = (plain.data as { workspaces: { nodes: WorkspaceRow[] } }).workspaces.nodes.map(
      (ws) => ({
        ...ws,
        jobRuns: {
          nodes: ws.jobRuns.nodes.map((run) => ({ id: run.id, note: noteFor(run.id), status: run.status })),
        },
      }),
    );
    expect(viaGateway.data).toEqual({ workspaces: { nodes: withNotes } });
    const runs = withNotes.flatMap((ws) => ws.jobRuns.nodes);
    expect(runs.length).toBeGreaterThan(5);
    expect(runs[0]?.note).toMatch(/^note on JobRun w-/);
    // The notes of every run came from one batched entity fetch to the annotations subgraph.
    expect(stack.annotations.entities).toEqual({ requests: 1, representations: runs.length });
  });

  it('100 entities asked annotations-first cost jobgraph one _entities request and exactly the upstream calls of nodes(ids:)', async () => {
    const refs = await hundredRefs();
    const ids = refs.map((ref) => ref.id);
    stack.reset();
    const viaNodes = await stack.post(stack.plainUrl, NODES, { ids });
    expect(viaNodes.errors).toBeUndefined();
    const nodesCalls = stack.upstreamCalls();
    stack.reset();
    const viaGateway = await stack.post(stack.gateway.url, ANNOTATED, { ids });
    expect(viaGateway.errors).toBeUndefined();
    const expected = (viaNodes.data?.nodes as Record<string, unknown>[]).map((node) => ({
      ...node,
      note: noteFor(node.id as string),
    }));
    expect(viaGateway.data?.annotated).toEqual(expected);
    // One fetch from the gateway to jobgraph carrying all 100 representations...
    expect(subgraphRequests()).toBe(1);
    expect(stack.annotations.entities.requests).toBe(0);
    // ...which jobgraph's loaders batch exactly as nodes(ids:): one PAI ListJobs for all the PaiJobs.
    expect(stack.upstreamCalls()).toEqual(nodesCalls);
    expect(nodesCalls.filter((call) => call.startsWith('paiDlc'))).toEqual(['paiDlc ListJobs']);
  });

  it('a faulted emulator’s error keeps extensions.code UPSTREAM_UNAVAILABLE and extensions.upstream through the gateway', async () => {
    // maxAttempts is 3: three 503s make one failed logical call inside jobgraph.
    stack.emulators.emulators.emrServerlessSpark.addFault({
      operation: 'ListWorkspaces',
      times: 3,
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'The service is temporarily unavailable.',
    });
    const result = await stack.post(stack.gateway.url, SPANNING);
    expect(result.data).toEqual({ workspaces: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['workspaces']);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: { provider: 'EMR_SERVERLESS_SPARK', operation: 'ListWorkspaces', code: 'ServiceUnavailable' },
    });
    // Typed subgraph errors are not retried by the gateway: one request, one logical upstream call.
    expect(subgraphRequests()).toBe(1);
    expect(stack.calls('emrServerlessSpark', 'ListWorkspaces')).toHaveLength(3);
  });

  it('a bad global id is BAD_USER_INPUT, and a missing entity’s jobgraph fields are null with NOT_FOUND, through the gateway', async () => {
    const bad = await stack.post(stack.gateway.url, '{ node(id: "not-a-jobgraph-id") { id } }');
    expect(bad.data).toEqual({ node: null });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [instanceId] = stack.replicas[0].providers.emrServerlessSpark.map((instance) => instance.id);
    const missing = toGlobalId('Workspace', instanceId ?? '', ['w-0000000000000000']);
    const notFound = await stack.post(stack.gateway.url, ANNOTATED, { ids: [missing] });
    // Federation keeps the entity (the annotations subgraph has it) and nulls jobgraph's fields.
    expect(notFound.data?.annotated).toEqual([{ id: missing, workspaceName: null, note: noteFor(missing) }]);
    expect(notFound.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('the gateway forwards the client’s Authorization to jobgraph only; without it jobgraph answers UNAUTHENTICATED and makes no upstream call', async () => {
    const anonymous = await stack.post(stack.gateway.url, SPANNING, undefined, {});
    expect(anonymous.data).toEqual({ workspaces: null });
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(stack.upstreamCalls()).toEqual([]);
    // The same query with the key (propagateHeaders) reaches the providers.
    const authorized = await stack.post(stack.gateway.url, SPANNING);
    expect(authorized.errors).toBeUndefined();
    expect(stack.calls('emrServerlessSpark', 'ListWorkspaces').length).toBeGreaterThan(0);
    // Only to jobgraph: the annotations subgraph (asked for the notes) never sees the tenant's key.
    expect(stack.annotations.entities.requests).toBeGreaterThan(0);
    expect(stack.annotations.withAuthorization.requests).toBe(0);
  });

  it('an entity fetch sent straight to /subgraph without credentials is refused with 401', async () => {
    const representations = [{ __typename: 'Workspace', id: 'x' }];
    const result = await stack.post(
      stack.subgraphUrl,
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Workspace { id } } }',
      { representations },
      {},
    );
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.upstreamCalls()).toEqual([]);
  });

  it('a query deeper than jobgraph’s limit is refused with QUERY_TOO_COMPLEX through the gateway, with no upstream call', async () => {
    const deep = `{ workspaces { nodes { jobRuns { nodes { workspace { jobRuns { nodes { workspace {
      jobRuns { nodes { workspace { jobRuns { nodes { id } } } } } } } } } } } } } }`;
    const result = await stack.post(stack.gateway.url, deep);
    expect(result.data).toEqual({ workspaces: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
    expect(result.errors).toHaveLength(1);
    expect(subgraphRequests()).toBe(1);
    expect(stack.upstreamCalls()).toEqual([]);
  });

  it('an entity fetch over jobgraph’s upstream-call budget is refused with QUERY_TOO_COMPLEX and no upstream call', async () => {
    // 300 JobRun ids (made up: the budget is counted before anything is looked up); EMR has no
    // batch read of runs, so resolving them would take one GetJobRun each, past maxUpstreamCalls (250).
    const [instanceId] = stack.replicas[0].providers.emrServerlessSpark.map((instance) => instance.id);
    const ids = Array.from({ length: 300 }, (_, i) =>
      toGlobalId('JobRun', instanceId ?? '', ['w-0000000000000000', `jr-${String(i).padStart(16, '0')}`]),
    );
    const result = await stack.post(stack.gateway.url, BUDGET, { ids });
    // jobgraph refused the one _entities fetch; the gateway reports it on each entity it could not complete.
    expect(stack.balancer.counts.forwarded.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? [])
      expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxUpstreamCalls' });
    // JobRun.status is non-null, so each run jobgraph did not resolve is null as a whole.
    expect(result.data?.annotated).toEqual(ids.map(() => null));
    expect(stack.upstreamCalls()).toEqual([]);
  });

  it('two tenants sending the same query at once each get their own data through the gateway', async () => {
    const teamB = { authorization: `Bearer ${TEAM_B_API_KEY}` };
    const [referenceA, referenceB] = [
      await stack.post(stack.gateway.url, SPANNING),
      await stack.post(stack.gateway.url, SPANNING, undefined, teamB),
    ];
    expect(referenceA.errors).toBeUndefined();
    expect(referenceB.errors).toBeUndefined();
    // team-b reads no EMR instance: what it sees must differ from team-a's, or the test proves nothing.
    expect(referenceB.data).not.toEqual(referenceA.data);
    // Identical documents in flight together: Hive Gateway deduplicates identical subgraph requests,
    // which must key on the forwarded Authorization, never merge two tenants' requests.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? stack.post(stack.gateway.url, SPANNING)
          : stack.post(stack.gateway.url, SPANNING, undefined, teamB),
      ),
    );
    answers.forEach((answer, i) =>
      expect(answer.data).toEqual(i % 2 === 0 ? referenceA.data : referenceB.data),
    );
  });

  // What holds this up is the gateway's upstream retry policy (supergraph-gateway.config.ts:
  // `upstreamRetry`, maxRetries 2, Hive's default shouldRetry: network errors and 5xx), with the
  // balancer taking the failed replica out of rotation; the balancer itself never retries.
  it('a replica stopped mid-run costs no failed request: every answer of a stream of queries is whole', async () => {
    const reference = await stack.post(stack.gateway.url, STREAMED);
    expect(reference.errors).toBeUndefined();
    expect(reference.data?.workspaces).toBeTruthy();
    stack.reset();
    const [total, concurrency, stopAfter] = [40, 4, 12];
    const answers: Answer[] = [];
    let forwardedBeforeStop: number[] = [];
    let stopped: Promise<void> | undefined;
    let sent = 0;
    const worker = async () => {
      while (sent < total) {
        sent += 1;
        answers.push(await stack.post(stack.gateway.url, STREAMED));
        if (answers.length === stopAfter && !stopped) {
          forwardedBeforeStop = [...stack.balancer.counts.forwarded];
          // Abrupt (connections in flight are cut), while the other workers' queries are running.
          stack.replicas[1].stopped = true;
          stopped = stack.replicas[1].gateway.stop();
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await stopped;
    expect(answers).toHaveLength(total);
    expect(answers.filter((answer) => answer.status !== 200 || answer.errors !== undefined)).toEqual([]);
    for (const answer of answers) expect(answer.data).toEqual(reference.data);
    // Both replicas served before the stop...
    expect(forwardedBeforeStop.every((count) => count > 0)).toBe(true);
    // ...and the gateway did meet the stopped replica afterwards: its retry, not luck, kept answers whole.
    expect(stack.balancer.counts.failed).toBeGreaterThan(0);
    expect([...stack.balancer.counts.down]).toEqual([1]);
  });
});
