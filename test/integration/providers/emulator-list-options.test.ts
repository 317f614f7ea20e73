// The emulators' options for what the documentation leaves open: the order of EMR ListJobRuns and
// SAE DescribeJobHistory (newest first, or a seeded shuffle), and silent caps on the page sizes no
// page bounds (PAI ListJobs PageSize, EMR ListWorkspaces maxResults). Read through the providers'
// raw clients, so the wire behaviour itself is what is checked.
import { EmrServerlessSparkUpstreamProvider } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { PaiDlcUpstreamProvider } from '../../../src/providers/pai-dlc/pai-dlc.provider';
import { SaeUpstreamProvider } from '../../../src/providers/sae/sae.provider';
import { startEmulators, type StartEmulatorsOptions } from '../../../src/emulators/start-emulators';
import { emulatorAlibabaInstance, TEST_RESILIENCE } from '../../helpers/provider-instances';

const REFERENCE_TIME = Date.UTC(2026, 10, 1);
/** Before any generated job: PAI's window then holds every job. */
const SINCE = '2015-01-01T00:00:00Z';

/** Started emulators and raw clients of their Alibaba APIs. */
async function emulatorsWith(options: StartEmulatorsOptions) {
  const running = await startEmulators({ referenceTime: REFERENCE_TIME, ...options });
  const instance = (url: string) => emulatorAlibabaInstance(url, { resilience: TEST_RESILIENCE });
  return {
    running,
    emr: EmrServerlessSparkUpstreamProvider.forInstance(instance(running.endpoints.emrServerlessSpark))
      .client,
    pai: PaiDlcUpstreamProvider.forInstance(instance(running.endpoints.paiDlc)).client,
    sae: SaeUpstreamProvider.forInstance(instance(running.endpoints.sae)).client,
  };
}
type Emulators = Awaited<ReturnType<typeof emulatorsWith>>;

let plain: Emulators;
let varied: Emulators;

beforeAll(async () => {
  plain = await emulatorsWith({});
  varied = await emulatorsWith({ listOrder: 'shuffled', pageCaps: { paiListJobs: 7, emrListWorkspaces: 7 } });
}, 60_000);
afterAll(async () => {
  await Promise.all([plain?.running.stop(), varied?.running.stop()]);
});

/** Every run of a workspace in list order, read in pages of `size` by nextToken. */
async function allRuns(emulators: Emulators, workspaceId: string, size: number, states?: string[]) {
  const runs: { jobRunId: string; submitTime: number }[] = [];
  let nextToken: string | undefined;
  do {
    const page = await emulators.emr.listJobRuns(workspaceId, {
      maxResults: size,
      ...(nextToken ? { nextToken } : {}),
      ...(states ? { states: JSON.stringify(states) } : {}),
    } as never);
    runs.push(
      ...page.jobRuns.map((run) => ({ jobRunId: run.jobRunId ?? '', submitTime: Number(run.submitTime) })),
    );
    nextToken = page.nextToken || undefined;
  } while (nextToken);
  return runs;
}

/** Every workspace of the region, read in pages of `size`, and the calls it took. */
async function allWorkspaces(emulators: Emulators, size: number) {
  const ids: string[] = [];
  let calls = 0;
  let nextToken: string | undefined;
  do {
    const page = await emulators.emr.listWorkspaces({
      maxResults: size,
      ...(nextToken ? { nextToken } : {}),
    });
    calls += 1;
    ids.push(...page.workspaces.map((workspace) => workspace.workspaceId ?? ''));
    nextToken = page.nextToken || undefined;
  } while (nextToken);
  return { ids, calls };
}

const isNewestFirst = (times: readonly number[]) =>
  times.every((t, i) => i === 0 || (times[i - 1] ?? t) >= t);

describe('listOrder', () => {
  let workspaceId: string;
  beforeAll(async () => {
    // The region's busiest workspace.
    const { ids } = await allWorkspaces(plain, 100);
    const sizes = await Promise.all(ids.map(async (id) => (await allRuns(plain, id, 100)).length));
    workspaceId = ids[sizes.indexOf(Math.max(...sizes))] ?? '';
  });

  it('EMR ListJobRuns: newest first by default; shuffled serves the same runs in another order, stable across page sizes', async () => {
    const newest = await allRuns(plain, workspaceId, 100);
    const shuffled = await allRuns(varied, workspaceId, 100);
    expect(newest.length).toBeGreaterThan(100);
    expect(isNewestFirst(newest.map((run) => run.submitTime))).toBe(true);
    expect(isNewestFirst(shuffled.map((run) => run.submitTime))).toBe(false);
    expect(shuffled.map((run) => run.jobRunId).sort()).toEqual(newest.map((run) => run.jobRunId).sort());
    // The same order whatever the page size: tokens resume exactly where a page stopped.
    expect((await allRuns(varied, workspaceId, 7)).map((run) => run.jobRunId)).toEqual(
      shuffled.map((run) => run.jobRunId),
    );
  });

  it('EMR ListJobRuns: a filtered list is shuffled too, in the same relative order', async () => {
    const all = (await allRuns(varied, workspaceId, 100)).map((run) => run.jobRunId);
    const failed = (await allRuns(varied, workspaceId, 100, ['Failed'])).map((run) => run.jobRunId);
    expect(failed.length).toBeGreaterThan(1);
    expect(failed).toEqual(all.filter((id) => failed.includes(id)));
  });

  it('SAE DescribeJobHistory: newest first by default; shuffled serves the same executions in another order, per state too', async () => {
    const templates = await plain.sae.listJobs({ CurrentPage: 1, PageSize: 200, Workload: 'job' } as never);
    const busiest = [...templates.Applications].sort(
      (a, b) => Number(b.LastStartTime) - Number(a.LastStartTime),
    );
    const history = async (emulators: Emulators, appId: string, pageSize: number, state?: string) => {
      const jobs: { JobId: string; StartTime: number }[] = [];
      for (let page = 1; ; page++) {
        const data = await emulators.sae.describeJobHistory({
          AppId: appId,
          CurrentPage: page,
          PageSize: pageSize,
          ...(state ? { State: state } : {}),
        });
        jobs.push(
          ...data.Jobs.map((job) => ({ JobId: job.JobId ?? '', StartTime: Number(job.StartTime ?? 0) })),
        );
        if (page * pageSize >= Number(data.TotalSize)) return jobs;
      }
    };
    let checked = 0;
    for (const template of busiest.slice(0, 5)) {
      const appId = template.AppId ?? '';
      const newest = await history(plain, appId, 500);
      const shuffled = await history(varied, appId, 500);
      if (newest.length < 10) continue;
      checked += 1;
      expect(isNewestFirst(newest.map((job) => job.StartTime).filter((t) => t > 0))).toBe(true);
      expect(shuffled.map((job) => job.JobId)).not.toEqual(newest.map((job) => job.JobId));
      expect(shuffled.map((job) => job.JobId).sort()).toEqual(newest.map((job) => job.JobId).sort());
      expect((await history(varied, appId, 7)).map((job) => job.JobId)).toEqual(
        shuffled.map((job) => job.JobId),
      );
      const succeeded = (await history(varied, appId, 500, '1')).map((job) => job.JobId);
      expect(succeeded).toEqual(shuffled.map((job) => job.JobId).filter((id) => succeeded.includes(id)));
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('pageCaps', () => {
  it('PAI ListJobs: no cap by default (the doc states none); capped, a larger PageSize is served as the cap, pages counted in it', async () => {
    const query = { StartTime: SINCE, SortBy: 'GmtCreateTime', Order: 'desc' };
    const whole = await plain.pai.listJobs({ ...query, PageNumber: 1, PageSize: 1000 } as never);
    expect(whole.Jobs.length).toBe(Number(whole.TotalCount));
    expect(whole.Jobs.length).toBeGreaterThan(100);
    const ids = whole.Jobs.map((job) => job.JobId);
    const capped = await varied.pai.listJobs({ ...query, PageNumber: 2, PageSize: 100 } as never);
    expect(capped.Jobs.map((job) => job.JobId)).toEqual(ids.slice(7, 14));
    expect(Number(capped.TotalCount)).toBe(ids.length);
  });

  it('EMR ListWorkspaces: no cap by default; capped, each page holds the cap and nextToken reaches every workspace', async () => {
    const uncapped = await allWorkspaces(plain, 1000);
    expect(uncapped.calls).toBe(1);
    const capped = await allWorkspaces(varied, 100);
    expect(capped.ids).toEqual(uncapped.ids);
    expect(capped.calls).toBe(Math.ceil(uncapped.ids.length / 7));
  });

  it('EMR ListJobRuns keeps its documented maximum of 100 whatever the options', async () => {
    await expect(varied.emr.listJobRuns('w-any', { maxResults: 101 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
