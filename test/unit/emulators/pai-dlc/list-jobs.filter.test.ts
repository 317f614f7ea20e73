// The ListJobs engine (indexes, plan, memo, paging) against a naive filter-then-sort over the rows,
// for random filter combinations.
import fc from 'fast-check';
import { createPaiDlcDataset } from '../../../../src/emulators/pai-dlc/pai-dlc.dataset';
import { SORT_KEYS, type JobFilter, type SortKey } from '../../../../src/emulators/pai-dlc/job.filter';
import { NO_TIME, type PaiJobRow } from '../../../../src/emulators/pai-dlc/pai-dlc.model';
import { buildPaiJobIndex } from '../../../../src/emulators/pai-dlc/job.index';
import { createListJobsEngine } from '../../../../src/emulators/pai-dlc/list-jobs.filter';

const referenceTime = Date.UTC(2026, 2, 1, 0, 0, 0);
const dataset = createPaiDlcDataset({ seed: 'query', scale: 'small', referenceTime });
const { rows, directory } = dataset;
const DAY = 86_400_000;

function naive(filter: JobFilter, sortBy: SortKey, order: 'asc' | 'desc'): string[] {
  const kept = rows
    .map((row, position) => ({ row, position }))
    .filter(({ row }) => {
      const t = row.createTime;
      if (t * 1000 < filter.window.fromMs || t * 1000 > filter.window.toMs) return false;
      if (filter.status !== undefined && row.status !== filter.status) return false;
      if (filter.jobType !== undefined && row.jobType !== filter.jobType) return false;
      if (filter.workspaceIndex !== undefined && row.workspaceIndex !== filter.workspaceIndex) return false;
      if (filter.userIndex !== undefined && row.userIndex !== filter.userIndex) return false;
      if (filter.quotaIndexes !== undefined && !filter.quotaIndexes.includes(row.quotaIndex)) return false;
      if (filter.accessibility !== undefined && row.accessibility !== filter.accessibility) return false;
      if (filter.displayName && !row.displayName.toLowerCase().includes(filter.displayName)) return false;
      if (filter.tags && !filter.tags.every(([k, v]) => row.tags[k] === v)) return false;
      return true;
    });
  const value = (row: PaiJobRow): string | number | undefined => {
    if (sortBy === 'DisplayName') return `${row.displayName.toLowerCase()}\u0000${row.displayName}`;
    if (sortBy === 'JobType') return row.jobType;
    if (sortBy === 'Status') return row.status;
    const t = sortBy === 'GmtCreateTime' ? row.createTime : row.finishTime;
    return t === NO_TIME ? undefined : t;
  };
  const valued = kept.filter(({ row }) => value(row) !== undefined);
  const missing = kept.filter(({ row }) => value(row) === undefined);
  valued.sort((a, b) => {
    const va = value(a.row) as string | number;
    const vb = value(b.row) as string | number;
    return (va < vb ? -1 : va > vb ? 1 : 0) || a.position - b.position;
  });
  if (order === 'desc') valued.reverse();
  return [...valued, ...missing].map(({ row }) => row.jobId);
}

const KINDS = ['status', 'jobType', 'workspace', 'user', 'quotas', 'accessibility', 'name', 'tag'] as const;

// At most two filters besides the window, so most combinations still match something.
const filterArb: fc.Arbitrary<JobFilter> = fc
  .record({
    fromDays: fc.integer({ min: 1, max: 31 }),
    spanDays: fc.integer({ min: 1, max: 31 }),
    kinds: fc.subarray([...KINDS], { maxLength: 2 }),
    status: fc.constantFrom('Running', 'Succeeded', 'Failed', 'Queuing'),
    jobType: fc.constantFrom('PyTorchJob', 'TFJob', 'XGBoostJob'),
    workspaceIndex: fc.integer({ min: -1, max: directory.workspaces.length - 1 }),
    userIndex: fc.integer({ min: 0, max: directory.users.length - 1 }),
    quotaIndexes: fc.subarray(
      directory.quotas.map((_, i) => i),
      { maxLength: 3 },
    ),
    accessibility: fc.constantFrom('PUBLIC' as const, 'PRIVATE' as const),
    name: fc.constantFrom('llama', 'BERT', 'test', 'v1', 'zzz'),
    tag: fc.constantFrom(['team', 'nlp'] as const, ['env', 'prod'] as const),
  })
  .map((f) => {
    const fromMs = referenceTime - f.fromDays * DAY;
    const on = (kind: (typeof KINDS)[number]) => f.kinds.includes(kind);
    return {
      window: { fromMs, toMs: fromMs + f.spanDays * DAY },
      ...(on('status') ? { status: f.status } : {}),
      ...(on('jobType') ? { jobType: f.jobType } : {}),
      ...(on('workspace') ? { workspaceIndex: f.workspaceIndex } : {}),
      ...(on('user') ? { userIndex: f.userIndex } : {}),
      ...(on('quotas') ? { quotaIndexes: f.quotaIndexes } : {}),
      ...(on('accessibility') ? { accessibility: f.accessibility } : {}),
      ...(on('name') ? { displayName: f.name.toLowerCase() } : {}),
      ...(on('tag') ? { tags: [[f.tag[0], f.tag[1]] as const] } : {}),
    };
  });

describe('PAI-DLC ListJobs engine', () => {
  const engine = createListJobsEngine(buildPaiJobIndex(dataset), directory);

  it('pages exactly what a naive filter-then-sort gives, for any filter, sort, order and page size', () => {
    fc.assert(
      fc.property(
        filterArb,
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 100 }),
        (filter, sortBy, order, pageSize) => {
          const expected = naive(filter, sortBy, order);
          const seen: string[] = [];
          for (let pageNumber = 1; ; pageNumber++) {
            const page = engine.page({ filter, sortBy, order, pageNumber, pageSize });
            expect(page.totalCount).toBe(expected.length);
            seen.push(...page.rows.map((r) => r.jobId));
            if (page.rows.length < pageSize) break;
          }
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });
});
