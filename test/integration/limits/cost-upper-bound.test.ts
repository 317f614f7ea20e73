import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import type { EmulatedProvider } from '../../../src/emulators/start-emulators';
import {
  DemoIdsDocument,
  EmrJobRunsWithDetailsDocument,
  EmrNodesDocument,
  EmrWorkspacesWithRunsDocument,
  GravitinoJobsWithTemplatesDocument,
  GravitinoMetalakeContentsDocument,
  GravitinoMetalakeNodeDocument,
  GravitinoMetalakeNodesDocument,
  GravitinoNodesDocument,
  NodesByIdsDocument,
  PaiJobsWithDetailsDocument,
  PaiJobsWithPodsDocument,
  PaiNodesWithDescriptionDocument,
  SaeNodesDocument,
  SaeTemplatesWithExecutionsDocument,
} from '../../__generated__/operations';
import { arrived } from '../../helpers/arrived';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

let gateway: TestGateway;
/** Ids of each kind, read once from the emulators. */
let ids: {
  workspaces: string[];
  jobRuns: string[];
  paiJobs: string[];
  templates: string[];
  executions: string[];
  gravitinoJobs: string[];
  metalakes: string[];
};

beforeAll(async () => {
  gateway = await startTestGateway();
  const { data } = await gateway.run(DemoIdsDocument);
  if (!data) throw new Error('no ids');
  const idsOf = (nodes: readonly ({ readonly id: string } | null)[] | undefined) =>
    arrived(nodes).map((node) => node.id);
  const workspaces = arrived(data.workspaces?.nodes);
  const templates = arrived(data.saeJobTemplates?.nodes);
  ids = {
    workspaces: idsOf(workspaces),
    jobRuns: workspaces.flatMap((node) => idsOf(node.jobRuns.nodes)),
    paiJobs: idsOf(data.paiJobs?.nodes),
    templates: idsOf(templates),
    executions: templates.flatMap((node) => idsOf(node.executions.nodes)),
    gravitinoJobs: idsOf(data.gravitinoJobs?.nodes),
    metalakes: idsOf(data.gravitinoMetalakes?.nodes),
  };
});
afterAll(async () => {
  await gateway.stop();
});

const PROVIDERS: readonly EmulatedProvider[] = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'];
const loggedCalls = () => PROVIDERS.reduce((sum, provider) => sum + gateway.calls(provider).length, 0);

const README_QUERIES: [string, string][] = [
  [
    'README: the GraphQL API',
    `{ workspaces(first: 5, filter: { regions: ["cn-hangzhou"] }) { totalCount nodes { id workspaceName region
        jobRuns(first: 3, filter: { statuses: [FAILED] }) { nodes { jobRunId name status providerStatus createdAt workspace { workspaceId } } } } }
      paiJobs(last: 5, orderBy: { field: GMT_CREATE_TIME, direction: DESC }) { nodes { jobId displayName status pods { podId status history { podId } } } }
      saeJobTemplates(first: 5) { nodes { appId appName trigger { ... on SaeCronTrigger { cron timezone } } executions(first: 3) { nodes { jobId status } } } }
      gravitinoJobs(metalake: "prod_lake", first: 5) { statusCounts { status count } nodes { jobId status template { name ... on GravitinoSparkJobTemplate { className } } } } }`,
  ],
  [
    'README: Query.jobs',
    `{ jobs(first: 20, filter: { statuses: [FAILED], createdAfter: "2026-11-20T00:00:00Z" }) {
      edges { cursor node { __typename id provider name status providerStatus createdAt durationMs creator
        ... on JobRun { workspace { workspaceName } } ... on SaeJobExecution { template { appName } } } }
      pageInfo { hasNextPage endCursor } sources { provider instance status sourcesRead error { code message } } } }`,
  ],
  [
    'README: fewest upstream calls',
    '{ workspaces(first: 10) { nodes { jobRuns(first: 5) { nodes { id workspace { id } } } } } }',
  ],
  ['Query.jobs, first page of everything', '{ jobs(first: 50) { nodes { id } } }'],
];

/** One case per query: its name, and its text with the variables to send (read once the ids are). */
type QueryCase = [string, () => [string, unknown]];

/** A generated operation as a case, named as test/operations names it. */
function operation<D extends TypedDocumentNode<unknown, never>>(
  document: D,
  variables: () => VariablesOf<D>,
): QueryCase {
  return [getOperationAST(document)?.name?.value ?? 'anonymous', () => [print(document), variables()]];
}

const OPERATIONS: QueryCase[] = [
  operation(EmrWorkspacesWithRunsDocument, () => ({ first: 5, runs: 3 })),
  operation(EmrJobRunsWithDetailsDocument, () => ({ id: ids.workspaces[0] ?? '', first: 5 })),
  operation(EmrNodesDocument, () => ({ ids: [...ids.jobRuns, ...ids.workspaces] })),
  operation(PaiJobsWithPodsDocument, () => ({ first: 10 })),
  operation(PaiJobsWithDetailsDocument, () => ({ first: 5 })),
  operation(PaiNodesWithDescriptionDocument, () => ({ ids: ids.paiJobs })),
  operation(SaeTemplatesWithExecutionsDocument, () => ({ first: 5, executions: 3 })),
  operation(SaeNodesDocument, () => ({ ids: [...ids.templates, ...ids.executions] })),
  operation(GravitinoJobsWithTemplatesDocument, () => ({ metalake: 'prod_lake', first: 10 })),
  operation(GravitinoMetalakeContentsDocument, () => ({})),
  operation(GravitinoNodesDocument, () => ({ ids: ids.gravitinoJobs })),
  operation(GravitinoMetalakeNodeDocument, () => ({ id: ids.metalakes[0] ?? '' })),
  operation(GravitinoMetalakeNodesDocument, () => ({ ids: ids.metalakes })),
  operation(NodesByIdsDocument, () => ({
    ids: [
      ...ids.workspaces,
      ...ids.jobRuns,
      ...ids.paiJobs,
      ...ids.templates,
      ...ids.executions,
      ...ids.gravitinoJobs,
      ...ids.metalakes,
    ],
  })),
];

describe('the estimate is an upper bound of what really happens', () => {
  const cases: QueryCase[] = [
    ...README_QUERIES.map(([name, query]): QueryCase => [name, () => [query, {}]]),
    ...OPERATIONS,
  ];
  it.each(cases)(
    '%s: actualUpstreamCalls equals the emulators’ log and is at most requestedUpstreamCalls',
    async (_name, make) => {
      const [query, variables] = make();
      gateway.resetEmulators();
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        errors?: unknown[];
        extensions: {
          cost: { requestedUpstreamCalls: number; actualUpstreamCalls: number; requestedObjects: number };
        };
      };
      expect(body.errors).toBeUndefined();
      const { cost } = body.extensions;
      expect(cost.actualUpstreamCalls).toBe(loggedCalls());
      expect(cost.actualUpstreamCalls).toBeGreaterThan(0);
      expect(cost.actualUpstreamCalls).toBeLessThanOrEqual(cost.requestedUpstreamCalls);
    },
  );
});
