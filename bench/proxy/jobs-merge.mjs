// The proxy's `jobs` page: the merge a hand-written service would do with the same reads jobgraph's
// minimum names (scenarios.cjs jobsMinimum). Page k (0-based) serves items [20k, 20k+20) of the
// merged list; with no cursor state it reads again what the earlier pages read, as jobgraph does.
import {
  EMR_REGIONS,
  SAE_LIST_PAGE,
  SAE_REGION,
  listJobRuns,
  listWorkspaces,
  paiListJobs,
  saeListJobs,
} from './scenario-handlers.mjs';

const PAGE = 20;

const newestFirst = (a, b) => b.createdAt - a.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The n-th newest createdAt among items, or -Infinity when there are fewer. */
function cutOf(items, n) {
  if (items.length < n) return -Infinity;
  return [...items].sort(newestFirst)[n - 1].createdAt;
}

async function saeTemplates(up) {
  const first = await saeListJobs(up, { PageSize: SAE_LIST_PAGE });
  const pages = Math.ceil((first.Data.TotalSize ?? 0) / SAE_LIST_PAGE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
      saeListJobs(up, { PageSize: SAE_LIST_PAGE, CurrentPage: i + 2 }),
    ),
  );
  return [first, ...rest].flatMap((body) => body.Data.Applications);
}

/** One page of the merged jobs of every source. */
export async function jobsPage(up, facts, pageIndex) {
  const need = PAGE * (pageIndex + 1);
  const [workspaceLists, pai, templates, gravitino] = await Promise.all([
    Promise.all(EMR_REGIONS.map(async (region) => ({ region, body: await listWorkspaces(up, region, 100) }))),
    paiListJobs(up, { PageSize: need, SortBy: 'GmtCreateTime', Order: 'desc' }),
    saeTemplates(up),
    Promise.all(
      facts.jobSources.gravitinoMetalakeNames.map((m) => up.gravitino(`/metalakes/${m}/jobs/runs`)),
    ),
  ]);
  const items = [
    ...pai.Jobs.map((j) => ({
      key: `pai/${j.JobId}`,
      provider: 'PAI_DLC',
      name: j.DisplayName,
      status: j.Status,
      createdAt: Date.parse(j.GmtCreateTime),
    })),
    ...gravitino.flatMap((g) =>
      g.jobs.map((j) => ({
        key: `gravitino/${j.jobId}`,
        provider: 'GRAVITINO',
        name: j.jobTemplateName,
        status: j.status,
        createdAt: Date.parse(j.queuedAt),
      })),
    ),
  ];
  // A released workspace ran nothing after its endTime: those released before the cut cannot reach the page.
  const cut = cutOf(items, need);
  const workspaces = workspaceLists.flatMap(({ region, body }) =>
    body.workspaces
      .filter((w) => !(w.workspaceStatus === 'TERMINATED' && w.endTime && w.endTime < cut))
      .map((w) => ({ region, workspaceId: w.workspaceId })),
  );
  const runs = await Promise.all(workspaces.map((w) => listJobRuns(up, w.region, w.workspaceId, need)));
  runs.forEach((body) =>
    body.jobRuns.forEach((r) =>
      items.push({
        key: `emr/${r.jobRunId}`,
        provider: 'EMR_SERVERLESS_SPARK',
        name: r.name,
        status: r.state,
        createdAt: r.submitTime,
      }),
    ),
  );
  // SAE: templates newest LastStartTime first; read histories while a template can still reach the page.
  const candidates = templates
    .filter((t) => t.LastStartTime)
    .sort((a, b) => b.LastStartTime - a.LastStartTime || (a.AppId < b.AppId ? -1 : 1));
  const readHistory = async (template) => {
    const body = await up.alibaba(
      'sae',
      SAE_REGION,
      'DescribeJobHistory',
      '/pop/v1/sam/job/describeJobHistory',
      {
        AppId: template.AppId,
        CurrentPage: 1,
        PageSize: need,
      },
    );
    body.Data.Jobs.forEach((j) =>
      items.push({
        key: `sae/${j.JobId}`,
        provider: 'SAE',
        name: template.AppName,
        status: j.State,
        createdAt: (j.StartTime ?? 0) * 1000,
      }),
    );
  };
  let next = 0;
  // Templates whose last start is strictly newer than the page's current cut must be read.
  while (next < candidates.length && candidates[next].LastStartTime * 1000 > cutOf(items, need)) {
    await readHistory(candidates[next]);
    next += 1;
  }
  // Those tied at the cut (cron minutes) can fill only the slots left at that instant: read no more of them.
  const cutAt = cutOf(items, need);
  let open = need - items.filter((item) => item.createdAt > cutAt).length;
  while (open > 0 && next < candidates.length && candidates[next].LastStartTime * 1000 >= cutAt) {
    await readHistory(candidates[next]);
    next += 1;
    open -= 1;
  }
  return {
    jobs: items
      .sort(newestFirst)
      .slice(need - PAGE, need)
      .map((item) => ({ ...item, createdAt: new Date(item.createdAt).toISOString() })),
  };
}
