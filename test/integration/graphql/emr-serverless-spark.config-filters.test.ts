// Workspace.jobRuns filter.applicationConfigs / runtimeConfigs, end to end: GraphQL → ListJobRuns →
// the emulator's reading of the documented filters. Expectations come from the emulator's dataset,
// read independently: a run's Spark configurations are its job's `--conf k=v` submit parameters and
// configurationOverrides items; its runtime configuration is its `--class`.
import { toGlobalId } from '../../../src/domain/global-id';
import { createEmrDataset } from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.dataset';
import type { SparkJob } from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.model';
import {
  EmrJobRunIdsDocument,
  type EmrJobRunIdsQuery,
  type JobRunFilter,
} from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

const DATA = { seed: 'config-filters', scale: 'small', referenceTime: Date.UTC(2026, 10, 1) } as const;
const dataset = createEmrDataset(DATA);

interface Settings {
  readonly spark: ReadonlyMap<string, string>;
  readonly runtime: ReadonlyMap<string, string>;
}

function settingsOf(job: SparkJob): Settings {
  const spark = new Map<string, string>();
  const runtime = new Map<string, string>();
  const words = job.sparkSubmitParameters.split(' ').filter(Boolean);
  words.forEach((word, i) => {
    const next = words[i + 1] ?? '';
    if (word === '--conf') spark.set(next.slice(0, next.indexOf('=')), next.slice(next.indexOf('=') + 1));
    if (word === '--class') runtime.set('mainClass', next);
  });
  for (const c of job.configurations) spark.set(c.configItemKey ?? '', c.configItemValue ?? '');
  return { spark, runtime };
}

/** The most frequent value that not every item has: a filter on it must leave some runs out. */
function mostCommonPartial(values: readonly string[], of: number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].filter(([, n]) => n < of).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

describe('Workspace.jobRuns applicationConfigs / runtimeConfigs reach the emulator and filter', () => {
  let gw: TestGateway;
  let workspaceId: string;
  let instanceId: string;
  /** The chosen workspace's runs with their job's settings. */
  let runs: { readonly jobRunId: string; readonly settings: Settings }[];

  beforeAll(async () => {
    gw = await startTestGateway({ emulators: DATA });
    const [instance] = gw.providers.emrServerlessSpark;
    if (!instance) throw new Error('demo mode has EMR instances');
    const { items } = await instance.client.listWorkspaces({}, { maxResults: 100 });
    const counts = items.map(
      (w) =>
        dataset.runs.filter((r) => dataset.workspaces[r.workspace]?.wire.workspaceId === w.workspaceId)
          .length,
    );
    const busiest = items[counts.indexOf(Math.max(...counts))];
    if (!busiest) throw new Error('the first EMR instance has workspaces');
    ({ workspaceId, instanceId } = busiest);
    const index = dataset.workspaces.findIndex((w) => w.wire.workspaceId === workspaceId);
    const jobs = dataset.workspaces[index]?.jobs ?? [];
    runs = dataset.runs
      .filter((r) => r.workspace === index)
      .map((r) => ({ jobRunId: r.jobRunId, settings: settingsOf(jobs[r.job] as SparkJob) }));
    expect(runs.length).toBeGreaterThan(100);
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.resetEmulators());

  /** Every run the filter lists, paging through it. */
  async function listed(filter: JobRunFilter): Promise<Set<string>> {
    const id = toGlobalId('Workspace', instanceId, [workspaceId]);
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const result: { data?: EmrJobRunIdsQuery | null; errors?: unknown } = await gw.run(
        EmrJobRunIdsDocument,
        {
          id,
          first: 100,
          after,
          filter,
        },
      );
      expect(result.errors).toBeUndefined();
      const node = result.data?.node;
      const connection = node && 'jobRuns' in node ? node.jobRuns : null;
      for (const edge of connection?.edges ?? []) if (edge.node) ids.add(edge.node.id);
      if (!connection?.pageInfo.hasNextPage) return ids;
      after = connection.edges.at(-1)?.cursor ?? null;
    }
  }

  const expected = (keep: (settings: Settings) => boolean) =>
    new Set(
      runs
        .filter((run) => keep(run.settings))
        .map((run) => toGlobalId('JobRun', instanceId, [workspaceId, run.jobRunId])),
    );

  it('applicationConfigs: a matching pair lists exactly the runs that have it', async () => {
    const [key = '', value = ''] = mostCommonPartial(
      runs.flatMap((run) => [...run.settings.spark].map(([k, v]) => `${k}\u0000${v}`)),
      runs.length,
    ).split('\u0000');
    const want = expected((s) => s.spark.get(key) === value);
    expect(want.size).toBeGreaterThan(0);
    expect(want.size).toBeLessThan(runs.length);
    expect(await listed({ applicationConfigs: [{ key, value }] })).toEqual(want);
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')[0]?.query.applicationConfigs).toBe(
      JSON.stringify([{ key, value }]),
    );
  });

  it('runtimeConfigs: a matching main class lists exactly the runs of JAR jobs with it', async () => {
    const mainClass = mostCommonPartial(
      runs.flatMap((run) => run.settings.runtime.get('mainClass') ?? []),
      runs.length,
    );
    const want = expected((s) => s.runtime.get('mainClass') === mainClass);
    expect(want.size).toBeGreaterThan(0);
    expect(want.size).toBeLessThan(runs.length);
    expect(await listed({ runtimeConfigs: [{ key: 'mainClass', value: mainClass }] })).toEqual(want);
  });

  it.each<[string, JobRunFilter]>([
    ['applicationConfigs', { applicationConfigs: [{ key: 'spark.app.name', value: 'test' }] }],
    ['runtimeConfigs', { runtimeConfigs: [{ key: 'mainClass', value: 'yourClass' }] }],
  ])('%s that no run has lists none, in one call', async (_name, filter) => {
    expect(await listed(filter)).toEqual(new Set());
    expect(gw.calls('emrServerlessSpark', 'ListJobRuns')).toHaveLength(1);
  });
});
