import type { EmulatedProvider } from '../../../src/emulators/start-emulators';
import { operationText, type OperationName } from '../../helpers/operations';
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

interface Listed {
  nodes: { id: string; jobRuns?: Listed; executions?: Listed }[];
}

beforeAll(async () => {
  gateway = await startTestGateway();
  const { data } = await gateway.query<{
    workspaces: Listed;
    paiJobs: Listed;
    saeJobTemplates: Listed;
    gravitinoJobs: Listed;
    gravitinoMetalakes: Listed;
  }>(`{
    workspaces(first: 3) { nodes { id jobRuns(first: 3) { nodes { id } } } }
    paiJobs(first: 3) { nodes { id } }
    saeJobTemplates(first: 2) { nodes { id executions(first: 2) { nodes { id } } } }
    gravitinoJobs(metalake: "prod_lake", first: 3) { nodes { id } }
    gravitinoMetalakes(first: 4) { nodes { id } }
  }`);
  if (!data) throw new Error('no ids');
  ids = {
    workspaces: data.workspaces.nodes.map((node) => node.id),
    jobRuns: data.workspaces.nodes.flatMap((node) => node.jobRuns?.nodes.map((run) => run.id) ?? []),
    paiJobs: data.paiJobs.nodes.map((node) => node.id),
    templates: data.saeJobTemplates.nodes.map((node) => node.id),
    executions: data.saeJobTemplates.nodes.flatMap(
      (node) => node.executions?.nodes.map((run) => run.id) ?? [],
    ),
    gravitinoJobs: data.gravitinoJobs.nodes.map((node) => node.id),
    metalakes: data.gravitinoMetalakes.nodes.map((node) => node.id),
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

const OPERATIONS: [OperationName, () => Record<string, unknown>][] = [
  ['EmrWorkspacesWithRuns', () => ({ first: 5, runs: 3 })],
  ['EmrJobRunsWithDetails', () => ({ id: ids.workspaces[0], first: 5 })],
  ['EmrNodes', () => ({ ids: [...ids.jobRuns, ...ids.workspaces] })],
  ['PaiJobsWithPods', () => ({ first: 10 })],
  ['PaiJobsWithDetails', () => ({ first: 5 })],
  ['PaiNodesWithDescription', () => ({ ids: ids.paiJobs })],
  ['SaeTemplatesWithExecutions', () => ({ first: 5, executions: 3 })],
  ['SaeNodes', () => ({ ids: [...ids.templates, ...ids.executions] })],
  ['GravitinoJobsWithTemplates', () => ({ metalake: 'prod_lake', first: 10 })],
  ['GravitinoMetalakeContents', () => ({})],
  ['GravitinoNodes', () => ({ ids: ids.gravitinoJobs })],
  ['GravitinoMetalakeNode', () => ({ id: ids.metalakes[0] })],
  ['GravitinoMetalakeNodes', () => ({ ids: ids.metalakes })],
  [
    'NodesByIds',
    () => ({
      ids: [
        ...ids.workspaces,
        ...ids.jobRuns,
        ...ids.paiJobs,
        ...ids.templates,
        ...ids.executions,
        ...ids.gravitinoJobs,
        ...ids.metalakes,
      ],
    }),
  ],
];

describe('the estimate is an upper bound of what really happens', () => {
  const cases: [string, () => [string, Record<string, unknown>]][] = [
    ...README_QUERIES.map(([name, query]): [string, () => [string, Record<string, unknown>]] => [
      name,
      () => [query, {}],
    ]),
    ...OPERATIONS.map(([name, variables]): [string, () => [string, Record<string, unknown>]] => [
      name,
      () => [operationText(name), variables()],
    ]),
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
