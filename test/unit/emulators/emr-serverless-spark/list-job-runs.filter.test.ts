import { createEmrDataset } from '../../../../src/emulators/emr-serverless-spark/emr-serverless-spark.dataset';
import { buildEmrIndex } from '../../../../src/emulators/emr-serverless-spark/job-run.index';
import { createJobRunQueryEngine } from '../../../../src/emulators/emr-serverless-spark/list-job-runs.filter';
import { LruCache } from '../../../../src/emulators/shared/lru-cache';
import { decodePageToken, encodePageToken } from '../../../../src/emulators/emr-serverless-spark/page.query';

describe('page tokens', () => {
  it('round-trip within their scope only', () => {
    const token = encodePageToken('ListJobRuns|w-1|{}', 40);
    expect(decodePageToken(token, 'ListJobRuns|w-1|{}')).toBe(40);
    expect(decodePageToken(token, 'ListJobRuns|w-2|{}')).toBeUndefined();
    expect(decodePageToken(token, 'ListJobRuns|w-1|{"creator":"x"}')).toBeUndefined();
  });

  it.each(['', '1', 'MQ', '!!!', 'a'.repeat(500), Buffer.from('e1.0.xx').toString('base64url')])(
    'rejects %j',
    (token) => {
      expect(decodePageToken(token, 'ListWorkspaces|{}')).toBeUndefined();
    },
  );

  it('rejects an edited offset', () => {
    const [version, , digest] = Buffer.from(encodePageToken('s', 20), 'base64url').toString().split('.');
    expect(
      decodePageToken(Buffer.from(`${version}.21.${digest}`).toString('base64url'), 's'),
    ).toBeUndefined();
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<number>(2);
    cache.getOrCreate('a', () => 1);
    cache.getOrCreate('b', () => 2);
    cache.getOrCreate('a', () => -1);
    cache.getOrCreate('c', () => 3);
    expect(cache.size).toBe(2);
    expect(cache.getOrCreate('a', () => -1)).toBe(1);
    expect(cache.getOrCreate('b', () => 22)).toBe(22);
  });
});

describe('job run query engine', () => {
  const index = buildEmrIndex(
    createEmrDataset({ seed: 'engine', scale: 'small', referenceTime: Date.UTC(2026, 0, 15) }),
  );
  const engine = createJobRunQueryEngine(index);
  const heavy = index.runsByWorkspace.findIndex((ids) => ids.length > 1000);

  it('answers the unfiltered list from the index, without copying', () => {
    expect(engine.filter(heavy, {}).ids).toBe(index.runsByWorkspace[heavy]);
  });

  it('memoizes a filtered list so later pages reuse it', () => {
    const first = engine.filter(heavy, { states: ['Success'] });
    expect(engine.filter(heavy, { states: ['Success'] })).toBe(first);
    expect(first.ids.length).toBe(index.stateCountsByWorkspace[heavy]?.Success);
    expect(first.stateCounts().Success).toBe(first.ids.length);
    expect(first.stateCounts().Failed).toBe(0);
  });

  it('looks a run id up directly and only within its workspace', () => {
    const runId = index.dataset.runs[index.runsByWorkspace[heavy]?.[3] ?? 0]?.jobRunId ?? '';
    expect(engine.filter(heavy, { jobRunId: runId }).ids.length).toBe(1);
    expect(engine.filter((heavy + 1) % index.runsByWorkspace.length, { jobRunId: runId }).ids.length).toBe(0);
  });
});
