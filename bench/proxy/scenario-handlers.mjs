/* global Buffer */
// The hand-written proxy's answer to each scenario: the same upstream calls jobgraph's minimum
// names (bench/scenarios.cjs), plain JSON out, no GraphQL, no cursors, no mapping layer.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { REGIONS } = require('../../dist/emulators/emr-serverless-spark/vocabulary.dataset.js');
const { BENCH_METALAKE } = require('../scenarios.cjs');

const EMR_REGIONS = REGIONS.map(([region]) => region);
const PAI_REGION = 'cn-hangzhou';
const SAE_REGION = 'cn-hangzhou';
// PAI-DLC's ListJobs looks back a short window unless told a start: jobgraph sends this one too.
const PAI_SINCE = '2015-01-01T00:00:00Z';
const SAE_LIST_PAGE = 200;

/** [type, instance, ...keys] of a jobgraph global id. */
function decode(id) {
  const [, type, instance, ...keys] = JSON.parse(Buffer.from(id, 'base64').toString('utf8'));
  return { type, instance, keys };
}

const emrRegionOf = (instance) => instance.replace(/^emr-/, '');

const listJobRuns = (up, region, workspaceId, maxResults) =>
  up.alibaba('emr', region, 'ListJobRuns', `/api/v1/workspaces/${workspaceId}/jobRuns`, {
    regionId: region,
    maxResults,
  });

const listWorkspaces = (up, region, maxResults) =>
  up.alibaba('emr', region, 'ListWorkspaces', '/api/v1/workspaces', { regionId: region, maxResults });

const paiListJobs = (up, query) =>
  up.alibaba('pai', PAI_REGION, 'ListJobs', '/api/v1/jobs', {
    StartTime: PAI_SINCE,
    PageNumber: 1,
    ...query,
  });

const saeListJobs = (up, query) =>
  up.alibaba('sae', SAE_REGION, 'ListJobs', '/pop/v1/sam/job/listJobs', {
    Workload: 'job',
    CurrentPage: 1,
    ...query,
  });

const run = (r) => ({ jobRunId: r.jobRunId, name: r.name, state: r.state?.state ?? r.state });

// ListJobRuns is not documented to answer not-found for an unknown workspace (DESIGN §4.12), so the
// workspace is looked up in its region's ListWorkspaces too, as jobgraph does; both calls at once.
async function emrPage(up, facts, size, workspace = facts.emrWorkspaceId) {
  const { instance, keys } = decode(workspace);
  const region = emrRegionOf(instance);
  const [workspaces, body] = await Promise.all([
    listWorkspaces(up, region, 100),
    listJobRuns(up, region, keys[0], size),
  ]);
  if (!workspaces.workspaces.some((w) => w.workspaceId === keys[0])) return { workspace: null };
  return { jobRuns: body.jobRuns.map(run) };
}

async function paiPage(up, size) {
  const body = await paiListJobs(up, { PageSize: size, SortBy: 'GmtCreateTime', Order: 'desc' });
  return { jobs: body.Jobs.map((j) => ({ jobId: j.JobId, displayName: j.DisplayName, status: j.Status })) };
}

async function saePage(up, size) {
  const body = await saeListJobs(up, { PageSize: size });
  return {
    templates: body.Data.Applications.map((a) => ({
      appId: a.AppId,
      appName: a.AppName,
      lastJobState: a.LastJobState,
    })),
  };
}

async function gravitinoPage(up, facts, size) {
  const body = await up.gravitino(`/metalakes/${BENCH_METALAKE}/jobs/runs`, {
    queuedAfter: facts.gravitinoQueuedAfter[size],
  });
  return {
    jobs: body.jobs.map((j) => ({ jobId: j.jobId, status: j.status, jobTemplateName: j.jobTemplateName })),
  };
}

/** The first `count` workspaces, instances in config order (a region at a time, as many as still needed). */
async function firstWorkspaces(up, count) {
  const workspaces = [];
  for (const region of EMR_REGIONS) {
    if (workspaces.length >= count) break;
    const body = await listWorkspaces(up, region, count - workspaces.length);
    workspaces.push(...body.workspaces.map((w) => ({ ...w, region })));
  }
  return workspaces;
}

async function workspacesWithRuns(up) {
  const workspaces = await firstWorkspaces(up, 20);
  return Promise.all(
    workspaces.map(async (w) => ({
      workspaceId: w.workspaceId,
      workspaceName: w.workspaceName,
      jobRuns: (await listJobRuns(up, w.region, w.workspaceId, 20)).jobRuns.map(run),
    })),
  );
}

/** nodes(ids): one listing per EMR region and per metalake, one call per run and SAE template, one PAI ListJobs. */
async function nodes(up, facts) {
  const ids = facts.mixedIds.map(decode);
  const byType = (type) => ids.filter((id) => id.type === type);
  const regions = [...new Set(byType('Workspace').map((id) => emrRegionOf(id.instance)))];
  const paiIds = byType('PaiJob').map((id) => id.keys[0]);
  const metalakes = [...new Set(byType('GravitinoJob').map((id) => id.keys[0]))];
  const [workspaceLists, runs, pai, sae, gravitino] = await Promise.all([
    Promise.all(regions.map((region) => listWorkspaces(up, region, 100))),
    Promise.all(
      byType('JobRun').map((id) =>
        up.alibaba(
          'emr',
          emrRegionOf(id.instance),
          'GetJobRun',
          `/api/v1/workspaces/${id.keys[0]}/jobRuns/${id.keys[1]}`,
          { regionId: emrRegionOf(id.instance) },
        ),
      ),
    ),
    paiIds.length
      ? paiListJobs(up, { JobIds: paiIds.join(','), PageSize: paiIds.length })
      : Promise.resolve({ Jobs: [] }),
    Promise.all(
      byType('SaeJobTemplate').map((id) =>
        saeListJobs(up, { FieldType: 'appIds', FieldValue: id.keys[0], PageSize: 1 }),
      ),
    ),
    Promise.all(metalakes.map((m) => up.gravitino(`/metalakes/${m}/jobs/runs`))),
  ]);
  const found = new Map();
  workspaceLists.forEach((list) =>
    list.workspaces.forEach((w) => found.set(`Workspace/${w.workspaceId}`, w.workspaceId)),
  );
  runs.forEach((r) => found.set(`JobRun/${r.jobRun.jobRunId}`, r.jobRun.jobRunId));
  pai.Jobs.forEach((j) => found.set(`PaiJob/${j.JobId}`, j.JobId));
  sae.forEach((s) => s.Data.Applications.forEach((a) => found.set(`SaeJobTemplate/${a.AppId}`, a.AppId)));
  gravitino.forEach((g) => g.jobs.forEach((j) => found.set(`GravitinoJob/${j.jobId}`, j.jobId)));
  return ids.map((id) => {
    const key = `${id.type}/${id.keys[id.keys.length - 1]}`;
    return found.has(key) ? { type: id.type, id: found.get(key) } : null;
  });
}

async function paiPods(up, facts) {
  const body = await paiListJobs(up, { JobIds: facts.paiJobWithHistory.jobId, PageSize: 1 });
  const [job] = body.Jobs;
  const pod = (p) => ({ podId: p.PodId, status: p.Status });
  return {
    jobId: job.JobId,
    status: job.Status,
    pods: (job.Pods ?? []).map((p) => ({ ...pod(p), history: (p.HistoryPods ?? []).map(pod) })),
  };
}

export {
  decode,
  emrRegionOf,
  listJobRuns,
  listWorkspaces,
  paiListJobs,
  saeListJobs,
  EMR_REGIONS,
  SAE_LIST_PAGE,
  SAE_REGION,
};

/** Scenario name → (upstream, facts, operation index) → JSON answer. */
export const HANDLERS = {
  'emrServerlessSpark-page-20': (up, facts) => emrPage(up, facts, 20),
  'emrServerlessSpark-page-100': (up, facts) => emrPage(up, facts, 100),
  'paiDlc-page-20': (up) => paiPage(up, 20),
  'paiDlc-page-100': (up) => paiPage(up, 100),
  'sae-page-20': (up) => saePage(up, 20),
  'sae-page-100': (up) => saePage(up, 100),
  'gravitino-page-20': (up, facts) => gravitinoPage(up, facts, 20),
  'gravitino-page-100': (up, facts) => gravitinoPage(up, facts, 100),
  'workspaces-job-runs': (up) => workspacesWithRuns(up),
  'nodes-100-mixed': (up, facts) => nodes(up, facts),
  'pai-job-pods-history': (up, facts) => paiPods(up, facts),
  'p4-first-page-largest': (up, facts) => emrPage(up, facts, 20, facts.p4Workspaces.largest.id),
  'p4-first-page-small': (up, facts) => emrPage(up, facts, 20, facts.p4Workspaces.small.id),
};
