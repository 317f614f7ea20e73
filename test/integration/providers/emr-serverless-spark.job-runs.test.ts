// ListJobRuns through the EMR Serverless Spark provider against the real emulator: forward paging,
// every documented filter (results checked against the unfiltered list, the wire query against the
// SDK's JSON-string style), and the errors a caller's input can cause.
import type { JobRun } from '../../../src/domain/job-run';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { UpstreamError } from '../../../src/errors/upstream.error';
import type {
  EmrDataset,
  WorkspaceRecord,
} from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.model';
import type { EmulatorDataOptions } from '../../../src/emulators/shared/emulator-types';
import type { RunningEmulator } from '../../../src/emulators/shared/http-server';
import type { EmrJobRunFilter } from '../../../src/domain/job-run-filter';
import {
  EmrServerlessSparkUpstreamProvider,
  type EmrServerlessSparkProvider,
} from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { getRequestLog, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { rejection, startEmrEmulator } from './emr-serverless-spark.setup';

let emulator: RunningEmulator;
let dataset: EmrDataset;
let DATA: EmulatorDataOptions;
let heavy: WorkspaceRecord;
let provider: EmrServerlessSparkProvider;
let allRuns: JobRun[]; // every run of heavy, as ListJobRuns pages return them

async function listAll(filter: EmrJobRunFilter): Promise<{ runs: JobRun[]; totalCount: number | null }> {
  const runs: JobRun[] = [];
  let nextToken: string | null = null;
  let totalCount: number | null = null;
  do {
    const page = await provider.listJobRuns(heavy.wire.workspaceId, filter, { maxResults: 100, nextToken });
    runs.push(...page.items);
    nextToken = page.nextToken;
    totalCount = page.totalCount;
  } while (nextToken !== null);
  return { runs, totalCount };
}

beforeAll(async () => {
  ({ emulator, dataset, heavy, data: DATA } = await startEmrEmulator('emr-provider'));
  provider = EmrServerlessSparkUpstreamProvider.forInstance(
    emulatorAlibabaInstance(emulator.url, { regionId: heavy.wire.regionId }),
  );
  allRuns = (await listAll({})).runs;
});

afterAll(() => emulator.stop());

beforeEach(() => resetEmulator(emulator.url));

describe('listJobRuns', () => {
  it("pages through a workspace's runs, mapped, with totalCount", async () => {
    const heavyRunCount = dataset.runs.filter((r) => dataset.workspaces[r.workspace] === heavy).length;
    expect(allRuns).toHaveLength(heavyRunCount);
    expect(new Set(allRuns.map((r) => r.jobRunId)).size).toBe(heavyRunCount);
    for (const run of allRuns) {
      expect(run).toMatchObject({
        origin: 'ListJobRuns',
        workspaceId: heavy.wire.workspaceId,
        startedAt: null,
        durationMs: null,
      });
      // Every state the emulator sends is documented: only CancelFailed is UNKNOWN by the table.
      expect(run.status === 'UNKNOWN').toBe(run.providerStatus === 'CancelFailed');
    }
  });

  it.each<[string, (run: JobRun) => EmrJobRunFilter, (run: JobRun, sample: JobRun) => boolean]>([
    [
      'name',
      (s) => ({ name: (s.name ?? '').slice(0, 6) }),
      (r, s) => (r.name ?? '').toLowerCase().includes((s.name ?? '').slice(0, 6).toLowerCase()),
    ],
    ['creator', (s) => ({ creator: s.creator ?? '' }), (r, s) => r.creator === s.creator],
    ['jobRunId', (s) => ({ jobRunId: s.jobRunId }), (r, s) => r.jobRunId === s.jobRunId],
    [
      'resourceQueueId',
      (s) => ({ resourceQueueId: s.resourceQueueId ?? '' }),
      (r, s) => r.resourceQueueId === s.resourceQueueId,
    ],
    [
      'states',
      () => ({ states: ['Running', 'Failed'] }),
      (r) => ['Running', 'Failed'].includes(r.providerStatus),
    ],
    [
      'tags',
      (s) => ({ tags: s.tags.slice(0, 2) }),
      (r, s) => s.tags.slice(0, 2).every((t) => r.tags.some((u) => u.key === t.key && u.value === t.value)),
    ],
    [
      'startTime',
      (s) => ({ startTime: { from: (s.createdAt ?? 0) - 86_400_000, to: s.createdAt ?? 0 } }),
      (r, s) =>
        (r.createdAt ?? 0) >= (s.createdAt ?? 0) - 86_400_000 && (r.createdAt ?? 0) <= (s.createdAt ?? 0),
    ],
    [
      'endTime',
      (s) => ({ endTime: { from: s.finishedAt ?? 0 } }),
      (r, s) => r.finishedAt !== null && r.finishedAt >= (s.finishedAt ?? 0),
    ],
    [
      'minDuration',
      () => ({ minDuration: 3_600_000 }),
      // Runs still going count until the emulator's "now".
      (r) => (r.finishedAt ?? DATA.referenceTime) - (r.createdAt ?? 0) >= 3_600_000,
    ],
    ['isWorkflow', () => ({ isWorkflow: true }), (r) => r.tags.some((t) => t.key === 'workflowId')],
  ])('filters by %s, exactly as the full list says', async (_label, filterFor, matches) => {
    const sample = allRuns.find((r) => r.tags.length >= 2 && r.finishedAt !== null) as JobRun;
    const expected = allRuns.filter((r) => matches(r, sample)).map((r) => r.jobRunId);
    // A filter that keeps everything or nothing would prove little.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(allRuns.length);
    const { runs, totalCount } = await listAll(filterFor(sample));
    expect(runs.map((r) => r.jobRunId)).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('sends the JSON-string params the way the SDK does, and jobRunDeploymentId / configs as documented', async () => {
    const streamingJob = heavy.jobs.findIndex((job) => job.deploymentId !== null);
    const deploymentId = heavy.jobs[streamingJob]?.deploymentId ?? 'jd-none';
    const heavyIndex = dataset.workspaces.indexOf(heavy);
    const expected = dataset.runs.filter((r) => r.workspace === heavyIndex && r.job === streamingJob).length;
    const page = await provider.listJobRuns(
      heavy.wire.workspaceId,
      {
        jobRunDeploymentId: deploymentId,
        states: ['Running', 'Submitted'],
        startTime: { from: 1709740800000, to: Date.UTC(2030, 0) },
        tags: [],
        isWorkflow: false,
        applicationConfigs: [{ key: 'spark.app.name', value: 'test' }],
        runtimeConfigs: [{ key: 'mainClass', value: 'yourClass' }],
      },
      { maxResults: 100 },
    );
    expect(page.totalCount).toBe(
      dataset.runs.filter(
        (r) =>
          r.workspace === heavyIndex && r.job === streamingJob && ['Running', 'Submitted'].includes(r.state),
      ).length,
    );
    expect(expected).toBeGreaterThan(0);
    const [entry] = await getRequestLog(emulator.url, 'ListJobRuns');
    expect(entry?.query).toEqual({
      maxResults: '100',
      regionId: heavy.wire.regionId,
      jobRunDeploymentId: deploymentId,
      states: '["Running","Submitted"]',
      startTime: `{"startTime":1709740800000,"endTime":${Date.UTC(2030, 0)}}`,
      isWorkflow: 'false',
      applicationConfigs: '[{"key":"spark.app.name","value":"test"}]',
      runtimeConfigs: '[{"key":"mainClass","value":"yourClass"}]',
    });
  });

  it('rejects an unknown workspace with NOT_FOUND after one call', async () => {
    const error = await rejection(provider.listJobRuns('w-doesnotexist', {}, { maxResults: 10 }));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'InvalidWorkspaceId.NotFound',
      provider: 'EMR_SERVERLESS_SPARK',
    });
    expect((error as UpstreamError).requestId).toEqual(expect.any(String));
    expect(await getRequestLog(emulator.url, 'ListJobRuns')).toHaveLength(1);
  });

  it('refuses bad paging and filters before calling, and a foreign nextToken upstream as BAD_USER_INPUT', async () => {
    for (const maxResults of [0, 101, 2.5]) {
      expect(
        await rejection(provider.listJobRuns(heavy.wire.workspaceId, {}, { maxResults })),
      ).toBeInstanceOf(BadUserInputError);
    }
    const badRange = { startTime: { from: 2, to: 1 } };
    expect(
      await rejection(provider.listJobRuns(heavy.wire.workspaceId, badRange, { maxResults: 1 })),
    ).toBeInstanceOf(BadUserInputError);
    expect(
      await rejection(provider.listJobRuns(heavy.wire.workspaceId, { minDuration: -1 }, { maxResults: 1 })),
    ).toBeInstanceOf(BadUserInputError);
    expect(await getRequestLog(emulator.url)).toHaveLength(0);
    const error = await rejection(
      provider.listJobRuns(heavy.wire.workspaceId, {}, { maxResults: 1, nextToken: 'forged' }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', upstreamCode: 'InvalidParameter' });
    expect(await getRequestLog(emulator.url, 'ListJobRuns')).toHaveLength(1);
  });
});
