'use strict';
/* global module */
// The benchmark scenarios of issue 13, in ONE place: `npm run bench` measures them and
// test/integration/bench-scenarios.test.ts (in `npm test`) asserts that jobgraph's upstream calls
// for each equal the minimum declared here. Plain CommonJS with no dependencies, so the test needs
// no bench/node_modules; bench/scenarios.d.cts types it for the test.

/** Every scenario runs against emulators made from this seed, scale and clock, so the ids, pages and minima below are stable. */
const BENCH_EMULATORS = { scale: 'large', seed: 'jobgraph', referenceTime: Date.UTC(2026, 10, 1) };

/**
 * The metalake of the Gravitino pages (3,150 jobs at this scale). Mesh's listJobs cannot page, so a
 * page is the metalake's N newest jobs, cut by queuedAfter: then both return the same items (the
 * bench checks that before measuring).
 */
const BENCH_METALAKE = 'dev_lake';

/** EMR instances in demo mode: one per region the emulator serves (ListWorkspaces is regional). */
const EMR_INSTANCES = 7;

/** SAE ListJobs' largest PageSize. */
const SAE_LIST_PAGE = 200;

/** How many items of each kind `nodes(ids:)` asks for (5 kinds: 100 ids). */
const IDS_PER_KIND = 20;

// One GraphQL read per discovery query; its calls are not measured.
const DISCOVERY_QUERY = `query BenchDiscovery($metalake: String!) {
  workspaces(first: 20) { nodes { id jobRuns(first: 20) { totalCount nodes { id } } } }
  paiJobs(first: 20) { nodes { id jobId } }
  saeJobTemplates(first: 20) { nodes { id appId } }
  gravitinoJobs(metalake: $metalake, first: 100) {
    nodes { id jobId createdAt }
    pageInfo { endCursor }
  }
}`;

const GRAVITINO_NEXT_QUERY = `query BenchGravitinoNext($metalake: String!, $after: String) {
  gravitinoJobs(metalake: $metalake, first: 1, after: $after) { nodes { createdAt } }
}`;

// Restarted pods keep their earlier incarnations: look among the jobs PAI reports as restarting.
const PAI_WITH_HISTORY_QUERY = `query BenchPaiWithHistory {
  paiJobs(first: 20, filter: { providerStatuses: [RESTARTING] }) { nodes { id jobId pods { history { podId } } } }
}`;

// What the jobs minimum is computed from: the EMR workspaces, how many SAE templates and metalakes.
const SOURCES_QUERY = `query BenchJobSources {
  workspaces(first: 100) { nodes { id workspaceStatus endTime jobRuns(first: 1) { totalCount } } }
  saeJobTemplates(first: 1) { totalCount }
  gravitinoMetalakes(first: 100) { nodes { id name } }
}`;

const JOBS_QUERY = `query BenchJobs($first: Int!, $after: String) {
  jobs(first: $first, after: $after) {
    nodes { id provider name status createdAt ... on SaeJobExecution { appId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * Runs the reads the scenarios need ids and cursors from, through `post(query, variables)` (which
 * resolves to the GraphQL `data`, and throws on errors). The same facts for the bench and the test.
 */
async function discover(post) {
  const data = await post(DISCOVERY_QUERY, { metalake: BENCH_METALAKE });
  const workspaces = data.workspaces.nodes;
  const busy = workspaces.find((w) => (w.jobRuns.totalCount ?? 0) >= 100);
  if (!busy) throw new Error('no EMR workspace among the first 20 holds 100 runs');
  const runs = busy.jobRuns.nodes.slice(0, IDS_PER_KIND);
  const gravitino = data.gravitinoJobs.nodes;
  const after = await post(GRAVITINO_NEXT_QUERY, {
    metalake: BENCH_METALAKE,
    after: data.gravitinoJobs.pageInfo.endCursor,
  });
  const withHistory = await paiJobWithHistory(post);
  const sources = await post(SOURCES_QUERY, {});
  const page1 = (await post(JOBS_QUERY, { first: 20 })).jobs;
  const page2 = (await post(JOBS_QUERY, { first: 20, after: page1.pageInfo.endCursor })).jobs;
  return {
    mixedIds: [
      ...workspaces.slice(0, IDS_PER_KIND).map((n) => n.id),
      ...runs.map((n) => n.id),
      ...data.paiJobs.nodes.map((n) => n.id),
      ...data.saeJobTemplates.nodes.map((n) => n.id),
      ...gravitino.slice(0, IDS_PER_KIND).map((n) => n.id),
    ],
    // queuedAfter is inclusive: the N newest jobs, provided the (N+1)th is strictly older.
    gravitinoQueuedAfter: {
      20: exactCut(gravitino[19], gravitino[20]),
      100: exactCut(gravitino[99], after.gravitinoJobs.nodes[0]),
    },
    emrWorkspaceId: busy.id,
    paiJobWithHistory: { id: withHistory.id, jobId: withHistory.jobId },
    jobsCursors: [null, page1.pageInfo.endCursor, page2.pageInfo.endCursor],
    jobSources: {
      emrInstances: EMR_INSTANCES,
      emrWorkspaces: sources.workspaces.nodes,
      saeTemplates: sources.saeJobTemplates.totalCount,
      gravitinoMetalakes: sources.gravitinoMetalakes.nodes.length,
      gravitinoMetalakeNames: sources.gravitinoMetalakes.nodes.map((m) => m.name),
    },
    // P4: the first page of the largest EMR connection against one of about 100 runs.
    p4Workspaces: p4Workspaces(sources.workspaces.nodes),
  };
}

/** The newest restarting PAI job with a pod that has history. */
async function paiJobWithHistory(post) {
  const { nodes } = (await post(PAI_WITH_HISTORY_QUERY, {})).paiJobs;
  const found = nodes.find((job) => job.pods.some((pod) => pod.history.length > 0));
  if (!found) throw new Error('no restarting PAI job among the newest 20 has a pod with history');
  return found;
}

function p4Workspaces(workspaces) {
  const sized = workspaces
    .map((w) => ({ id: w.id, runs: w.jobRuns.totalCount ?? 0 }))
    .sort((a, b) => a.runs - b.runs);
  const small = sized.find((w) => w.runs >= 100);
  const largest = sized[sized.length - 1];
  if (!small || !largest) throw new Error('no EMR workspace holds 100 runs');
  return { small, largest };
}

function exactCut(last, next) {
  if (!last || !next || !(Date.parse(next.createdAt) < Date.parse(last.createdAt)))
    throw new Error('the Gravitino metalake has no exact cut at this page size');
  return last.createdAt;
}

/**
 * EMR workspaces a `jobs` page must read: ListWorkspaces says nothing of a workspace's newest run,
 * except that a released (TERMINATED) one ran nothing after its endTime; so every workspace but
 * those released before the page's oldest item.
 */
function emrReadsFor(workspaces, oldest) {
  return workspaces.filter(
    (w) => !(w.workspaceStatus === 'TERMINATED' && w.endTime !== null && Date.parse(w.endTime) < oldest),
  ).length;
}

/** The fewest calls for one `jobs` page, from the sources (facts) and the page's own items (data). */
function jobsMinimum(facts, data) {
  const sae = new Set(data.jobs.nodes.filter((n) => n.provider === 'SAE').map((n) => n.appId));
  const { emrInstances, emrWorkspaces, saeTemplates, gravitinoMetalakes } = facts.jobSources;
  const oldest = Date.parse(data.jobs.nodes[data.jobs.nodes.length - 1].createdAt);
  return {
    emrServerlessSpark: { ListWorkspaces: emrInstances, ListJobRuns: emrReadsFor(emrWorkspaces, oldest) },
    paiDlc: { ListJobs: 1 },
    sae: {
      ListJobs: Math.ceil(saeTemplates / SAE_LIST_PAGE),
      ...(sae.size ? { DescribeJobHistory: sae.size } : {}),
    },
    gravitino: { listJobs: gravitinoMetalakes },
  };
}

const op = (query, variables) => ({ query, variables });

const providerPage = (provider, size, query, minimum, title = `a ${size}-item page from ${provider}`) => ({
  name: `${provider}-page-${size}`,
  title,
  provider,
  operations: (facts) => [
    op(query, {
      first: size,
      ...(provider === 'emrServerlessSpark' ? { workspace: facts.emrWorkspaceId } : {}),
    }),
  ],
  minimum: [minimum],
});

const EMR_PAGE = `query BenchEmrPage($workspace: ID!, $first: Int!) {
  node(id: $workspace) { ... on Workspace { jobRuns(first: $first) { nodes { id jobRunId name state } } } }
}`;
/** One workspace's page of runs: the workspace looked up in its region, and the page (see SCENARIOS). */
const EMR_PAGE_MINIMUM = { emrServerlessSpark: { ListWorkspaces: 1, ListJobRuns: 1 } };
const PAI_PAGE = `query BenchPaiPage($first: Int!) { paiJobs(first: $first) { nodes { id jobId displayName status } } }`;
const SAE_PAGE = `query BenchSaePage($first: Int!) { saeJobTemplates(first: $first) { nodes { id appId appName lastJobState } } }`;
const GRAVITINO_PAGE = `query BenchGravitinoPage($metalake: String!, $first: Int!, $queuedAfter: DateTime) {
  gravitinoJobs(metalake: $metalake, first: $first, filter: { queuedAfter: $queuedAfter }) {
    nodes { jobId providerStatus jobTemplateName }
  }
}`;
const NESTED = `query BenchWorkspacesRuns { workspaces(first: 20) { nodes { id workspaceName jobRuns(first: 20) { nodes { id jobRunId name state } } } } }`;
const NODES = `query BenchNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
const PAI_PODS = `query BenchPaiPods($id: ID!) {
  node(id: $id) { ... on PaiJob { jobId status pods { podId status history { podId status } } } }
}`;

const gravitinoPage = (size) => ({
  name: `gravitino-page-${size}`,
  title: `a ${size}-item page from gravitino (the ${size} newest of ${BENCH_METALAKE}, by queuedAfter)`,
  provider: 'gravitino',
  operations: (facts) => [
    op(GRAVITINO_PAGE, {
      metalake: BENCH_METALAKE,
      first: size,
      queuedAfter: facts.gravitinoQueuedAfter[size],
    }),
  ],
  minimum: [{ gravitino: { listJobs: 1 } }],
  // The same read in Mesh: listJobs with the same queuedAfter answers exactly these jobs.
  mesh: (facts) =>
    op(
      `query MeshGravitinoPage($metalake: String!, $queuedAfter: DateTime) {
        listJobs(metalake: $metalake, queuedAfter: $queuedAfter) {
          ... on listJobs_200_response { jobs { jobId status jobTemplateName } }
        }
      }`,
      { metalake: BENCH_METALAKE, queuedAfter: facts.gravitinoQueuedAfter[size] },
    ),
});

/**
 * The scenarios. `operations(facts)` are the GraphQL reads one "request" of the scenario cycles
 * through; `minimum[i]` the fewest upstream calls the provider APIs allow for operation i, by
 * provider and operation (the reasoning is beside each). `provider` marks single-provider reads.
 */
const SCENARIOS = [
  // Job runs of one workspace (EMR's pages of many items: a region holds < 20 workspaces at this
  // scale). ListJobRuns pages by maxResults (<= 100). It names the workspace, but the EMR documentation
  // publishes no not-found answer for an unknown one (DESIGN §4.12), and node(id:) must be null for a
  // workspace that does not exist: so one ListWorkspaces page of its region (maxResults 100) too.
  ...[20, 100].map((size) =>
    providerPage(
      'emrServerlessSpark',
      size,
      EMR_PAGE,
      EMR_PAGE_MINIMUM,
      `a ${size}-item page of one workspace's job runs (node(id) { jobRuns })`,
    ),
  ),
  // ListJobs pages by PageSize.
  providerPage('paiDlc', 20, PAI_PAGE, { paiDlc: { ListJobs: 1 } }),
  providerPage('paiDlc', 100, PAI_PAGE, { paiDlc: { ListJobs: 1 } }),
  // ListJobs pages by PageSize (<= 200).
  providerPage('sae', 20, SAE_PAGE, { sae: { ListJobs: 1 } }),
  providerPage('sae', 100, SAE_PAGE, { sae: { ListJobs: 1 } }),
  // listJobs answers the whole (filtered) list in one response.
  gravitinoPage(20),
  gravitinoPage(100),
  {
    name: 'workspaces-job-runs',
    title: 'workspaces(first: 20) { nodes { jobRuns(first: 20) } }',
    provider: 'emrServerlessSpark',
    operations: () => [op(NESTED, {})],
    // One ListWorkspaces per region needed to fill 20 (cn-hangzhou holds fewer than 20, so two), then
    // one ListJobRuns per workspace (no batch read across workspaces).
    minimum: [{ emrServerlessSpark: { ListWorkspaces: 2, ListJobRuns: 20 } }],
  },
  {
    name: 'nodes-100-mixed',
    title: `nodes(ids: 100 mixed ids): ${IDS_PER_KIND} each of Workspace, JobRun, PaiJob, SaeJobTemplate, GravitinoJob`,
    provider: null,
    operations: (facts) => [op(NODES, { ids: facts.mixedIds })],
    // EMR: the 20 workspaces span two regions (cn-hangzhou holds fewer than 20), one ListWorkspaces
    // page (maxResults 100) each; no batch read of runs by id, so one GetJobRun each. PAI: one ListJobs with the 20 JobIds.
    // SAE: ListJobs takes one appId per call (documented FieldValue), so 20. Gravitino: the 20 newest
    // of one metalake come in one whole-list listJobs.
    minimum: [
      {
        emrServerlessSpark: { ListWorkspaces: 2, GetJobRun: IDS_PER_KIND },
        paiDlc: { ListJobs: 1 },
        sae: { ListJobs: IDS_PER_KIND },
        gravitino: { listJobs: 1 },
      },
    ],
  },
  {
    name: 'jobs-3-pages',
    title: 'jobs(first: 20), then its next two pages',
    provider: null,
    operations: (facts) => facts.jobsCursors.map((after) => op(JOBS_QUERY, { first: 20, after })),
    // Per page, with no state across requests but the cursor: EMR lists every region and reads the
    // workspaces that can hold a run of the page (emrReadsFor); PAI is one
    // ListJobs, newest first; SAE sweeps ListJobs once (LastStartTime tells which templates can reach the
    // page, and the template id in the order key breaks ties) and reads the history of each template
    // with an execution ON the page; Gravitino lists each metalake whole.
    minimum: [jobsMinimum, jobsMinimum, jobsMinimum],
    // Why an operation may make a call over that minimum (printed beside the P1 verdict).
    callGapNote:
      "the minimum counts only SAE templates with an execution on the page; tied templates that can still reach it are read in a batch of as many as items are still wanted (each brings at least one item at the tied minute), and when one of them brings two executions of that same minute the batch's last read brings none to the page. Reading tied templates one at a time would save that call at the cost of a round trip each",
  },
  {
    name: 'pai-job-pods-history',
    title: 'a PAI job with its pods and their history',
    provider: 'paiDlc',
    operations: (facts) => [op(PAI_PODS, { id: facts.paiJobWithHistory.id })],
    // ListJobs (JobIds) answers the job with its pods and each pod's HistoryPods in one response.
    minimum: [{ paiDlc: { ListJobs: 1 } }],
  },
];

/**
 * P4 (bench only, timings): the first page (20) of the largest EMR connection against the same of
 * one of about 100 runs. Same query and calls as emrServerlessSpark-page-20, so the guard skips them.
 */
const P4_SCENARIOS = ['largest', 'small'].map((which) => ({
  name: `p4-first-page-${which}`,
  title: `P4: first 20 runs of the ${which === 'largest' ? 'largest' : '~100-run'} EMR workspace`,
  provider: 'emrServerlessSpark',
  operations: (facts) => [op(EMR_PAGE, { first: 20, workspace: facts.p4Workspaces[which].id })],
  minimum: [EMR_PAGE_MINIMUM],
}));

module.exports = { BENCH_EMULATORS, BENCH_METALAKE, SCENARIOS, P4_SCENARIOS, discover };

/** The minimum of operation `index` of `scenario`, for that operation's answer (`data`). */
function minimumCalls(scenario, index, facts, data) {
  const minimum = scenario.minimum[index];
  return typeof minimum === 'function' ? minimum(facts, data) : minimum;
}

module.exports.minimumCalls = minimumCalls;
