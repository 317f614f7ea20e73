// The EMR Serverless Spark provider (client + mapper + paging) against the real emulator over loopback:
// workspaces and their batch lookup (call counts from the request log), GetJobRun, and ids that try to
// escape their path segment. Job run listing and filters: emr-serverless-spark.job-runs.test.ts;
// faults, retries, the breaker and timeouts: emr-serverless-spark.client.faults.test.ts.
import type { JobRun } from '../../../src/domain/job-run';
import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import type {
  EmrDataset,
  WorkspaceRecord,
} from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.model';
import type { RunningEmulator } from '../../../src/emulators/shared/http-server';
import {
  EmrServerlessSparkUpstreamProvider,
  type EmrServerlessSparkProvider,
} from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { getRequestLog, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { rejection, startEmrEmulator } from './emr-serverless-spark.setup';

let emulator: RunningEmulator;
let dataset: EmrDataset;
let heavy: WorkspaceRecord;
let regionWorkspaces: WorkspaceRecord[]; // every workspace of heavy's region, in list order
let provider: EmrServerlessSparkProvider;

beforeAll(async () => {
  ({ emulator, dataset, heavy } = await startEmrEmulator('emr-provider'));
  regionWorkspaces = dataset.workspaces.filter((w) => w.wire.regionId === heavy.wire.regionId);
  provider = EmrServerlessSparkUpstreamProvider.forInstance(
    emulatorAlibabaInstance(emulator.url, { id: 'emr-test', regionId: heavy.wire.regionId }),
  );
});

afterAll(() => emulator.stop());

beforeEach(() => resetEmulator(emulator.url));

describe('listWorkspaces', () => {
  it("lists the instance region's workspaces, mapped, sending regionId and maxResults", async () => {
    const page = await provider.listWorkspaces({}, { maxResults: 100 });
    expect(page.items.map((w) => w.workspaceId)).toEqual(regionWorkspaces.map((w) => w.wire.workspaceId));
    expect(page).toMatchObject({ nextToken: null, totalCount: regionWorkspaces.length });
    expect(page.items[0]).toMatchObject({ provider: 'EMR_SERVERLESS_SPARK', instanceId: 'emr-test' });
    const log = await getRequestLog(emulator.url, 'ListWorkspaces');
    expect(log).toHaveLength(1);
    expect(log[0]?.query).toEqual({ maxResults: '100', regionId: heavy.wire.regionId });
  });

  it('pages forward with nextToken to the same list', async () => {
    const ids: string[] = [];
    let nextToken: string | null = null;
    do {
      const page = await provider.listWorkspaces({}, { maxResults: 1, nextToken });
      ids.push(...page.items.map((w) => w.workspaceId));
      nextToken = page.nextToken;
    } while (nextToken !== null);
    expect(ids).toEqual(regionWorkspaces.map((w) => w.wire.workspaceId));
  });

  it('maps name, state, tags and resourceGroupId onto the wire filters', async () => {
    const tagged = regionWorkspaces.find((w) => (w.wire.tags ?? []).length > 0) ?? heavy;
    const tag = tagged.wire.tags?.[0] ?? { tagKey: 'none', tagValue: 'none' };
    const filter = {
      name: heavy.wire.workspaceName.slice(1, 5).toUpperCase(),
      state: heavy.wire.workspaceStatus,
      resourceGroupId: heavy.wire.resourceGroupId ?? '',
    };
    const byFilter = await provider.listWorkspaces(filter, { maxResults: 100 });
    expect(byFilter.items.map((w) => w.workspaceId)).toContain(heavy.wire.workspaceId);
    for (const w of byFilter.items) {
      expect(w.workspaceName?.toLowerCase()).toContain(filter.name.toLowerCase());
      expect(w).toMatchObject({ workspaceStatus: filter.state, resourceGroupId: filter.resourceGroupId });
    }
    const byTag = await provider.listWorkspaces(
      { tags: [{ key: tag.tagKey, value: tag.tagValue }] },
      { maxResults: 100 },
    );
    expect(byTag.items.map((w) => w.workspaceId)).toContain(tagged.wire.workspaceId);
    for (const w of byTag.items) expect(w.tags).toContainEqual({ key: tag.tagKey, value: tag.tagValue });
    const [first, second] = await getRequestLog(emulator.url, 'ListWorkspaces');
    expect(first?.query).toMatchObject({ ...filter, regionId: heavy.wire.regionId });
    expect(JSON.parse(second?.query.tag ?? 'null')).toEqual([{ key: tag.tagKey, value: tag.tagValue }]);
  });
});

describe('getWorkspacesByIds', () => {
  it('answers in key order with null for unknown ids, in ONE ListWorkspaces call of 100 for the region', async () => {
    const ids = [...regionWorkspaces.map((w) => w.wire.workspaceId)].reverse();
    const other = dataset.workspaces.find((w) => w.wire.regionId !== heavy.wire.regionId);
    const keys = [...ids, 'w-unknown', ids[0] ?? '', other?.wire.workspaceId ?? 'w-other'];
    const result = await provider.getWorkspacesByIds(keys);
    expect(result.map((w) => w?.workspaceId ?? null)).toEqual([...ids, null, ids[0], null]);
    const log = await getRequestLog(emulator.url, 'ListWorkspaces');
    expect(log).toHaveLength(Math.ceil(regionWorkspaces.length / 100));
    expect(
      log.every((entry) => entry.query.maxResults === '100' && entry.query.regionId === heavy.wire.regionId),
    ).toBe(true);
  });

  it('needs ceil(workspaces / page size) calls (page size 1 here) when an id is missing, fewer when all are found early', async () => {
    const small = EmrServerlessSparkUpstreamProvider.forInstance(
      emulatorAlibabaInstance(emulator.url, { regionId: heavy.wire.regionId }),
      {
        workspaceScanPageSize: 1,
      },
    );
    const ids = regionWorkspaces.map((w) => w.wire.workspaceId);
    expect(ids.length).toBeGreaterThan(1);
    await small.getWorkspacesByIds([...ids, 'w-unknown']);
    expect(await getRequestLog(emulator.url, 'ListWorkspaces')).toHaveLength(ids.length);
    await resetEmulator(emulator.url);
    const firstPage = await small.getWorkspacesByIds(ids.slice(0, 1));
    expect(firstPage.map((w) => w?.workspaceId)).toEqual(ids.slice(0, 1));
    expect(await getRequestLog(emulator.url, 'ListWorkspaces')).toHaveLength(1);
  });

  it('makes no call for no ids', async () => {
    expect(await provider.getWorkspacesByIds([])).toEqual([]);
    expect(await getRequestLog(emulator.url)).toHaveLength(0);
  });
});

describe('getJobRun', () => {
  it('reads one run with the Get-only fields; the creator matches the list', async () => {
    const { items } = await provider.listJobRuns(
      heavy.wire.workspaceId,
      { states: ['Success'] },
      { maxResults: 5 },
    );
    const listed = items[0] as JobRun;
    await resetEmulator(emulator.url);
    const run = await provider.getJobRun(heavy.wire.workspaceId, listed.jobRunId);
    expect(run).toMatchObject({
      origin: 'GetJobRun',
      jobRunId: listed.jobRunId,
      workspaceId: heavy.wire.workspaceId,
      status: listed.status,
      providerStatus: listed.providerStatus,
      createdAt: listed.createdAt,
      finishedAt: listed.finishedAt,
      creator: listed.creator,
      cuHours: null,
    });
    expect(run?.jobDriver?.sparkSubmit?.entryPoint).toEqual(expect.any(String));
    expect(run?.configurationOverrides?.configurations).toEqual(expect.any(Array));
    // The emulator sends "" for runs outside a notebook environment; "" reads as null.
    expect(run?.environmentId === null || run?.environmentId.startsWith('ev-')).toBe(true);
    const [entry] = await getRequestLog(emulator.url, 'GetJobRun');
    expect(entry?.query).toEqual({ regionId: heavy.wire.regionId });
  });

  it('is null for an unknown run, a run of another workspace and an unknown workspace, one call each', async () => {
    const otherIndex = dataset.runs.find((r) => dataset.workspaces[r.workspace] !== heavy) ?? {
      jobRunId: 'jr-x',
    };
    expect(await provider.getJobRun(heavy.wire.workspaceId, 'jr-doesnotexist')).toBeNull();
    expect(await provider.getJobRun(heavy.wire.workspaceId, otherIndex.jobRunId)).toBeNull();
    expect(await provider.getJobRun('w-doesnotexist', dataset.runs[0]?.jobRunId ?? '')).toBeNull();
    expect(await getRequestLog(emulator.url, 'GetJobRun')).toHaveLength(3);
  });
});

describe('ids from outside stay one encoded path segment', () => {
  it.each([
    ['../w-x', '..%2Fw-x'],
    ['a%2Fb', 'a%252Fb'],
    ['../../workspaces', '..%2F..%2Fworkspaces'],
    ['w x?y#z', 'w%20x%3Fy%23z'],
  ])('workspaceId %j', async (workspaceId, encoded) => {
    expect(await rejection(provider.listJobRuns(workspaceId, {}, { maxResults: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await provider.getJobRun(workspaceId, 'jr-1')).toBeNull();
    const log = await getRequestLog(emulator.url);
    expect(log.map((e) => [e.operation, e.path])).toEqual([
      ['ListJobRuns', `/api/v1/workspaces/${encoded}/jobRuns`],
      ['GetJobRun', `/api/v1/workspaces/${encoded}/jobRuns/jr-1`],
    ]);
  });

  it.each([
    ['../../jobRuns', '..%2F..%2FjobRuns'],
    ['jr%2F1', 'jr%252F1'],
  ])('jobRunId %j', async (jobRunId, encoded) => {
    expect(await provider.getJobRun(heavy.wire.workspaceId, jobRunId)).toBeNull();
    const log = await getRequestLog(emulator.url);
    expect(log.map((e) => [e.operation, e.path])).toEqual([
      ['GetJobRun', `/api/v1/workspaces/${heavy.wire.workspaceId}/jobRuns/${encoded}`],
    ]);
  });

  it('never sends a dot segment or an empty segment, which a real gateway would collapse', async () => {
    for (const id of ['..', '.', '']) {
      expect(await provider.getJobRun(id, 'jr-1')).toBeNull();
      expect(await provider.getJobRun(heavy.wire.workspaceId, id)).toBeNull();
      expect(await rejection(provider.listJobRuns(id, {}, { maxResults: 1 }))).toBeInstanceOf(
        BadUserInputError,
      );
    }
    expect(await getRequestLog(emulator.url)).toHaveLength(0);
  });
});
