import fc from 'fast-check';
import { generateGravitinoDataset } from '../../../../src/emulators/gravitino/gravitino.dataset';
import type { JobRow } from '../../../../src/emulators/gravitino/gravitino.model';
import { selectJobs, type JobRunFilter } from '../../../../src/emulators/gravitino/list-jobs.filter';
import { parseJobRunFilter } from '../../../../src/emulators/gravitino/list-jobs.query';

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);
const dataset = generateGravitinoDataset({ seed: 'query', scale: 'small', referenceTime: REFERENCE_TIME });
const lake = dataset.metalakesByName.get('prod_lake');
const FIELDS = ['queuedAt', 'startedAt', 'finishedAt'] as const;

/** The obvious answer: filter everything, then sort with nulls last and ties by id. */
function bruteForce(rows: readonly JobRow[], filter: JobRunFilter): string[] {
  const at = (value: number | null, threshold?: number) =>
    threshold === undefined || (value !== null && value >= threshold);
  const kept = rows.filter(
    (row) =>
      at(row.queuedAt, filter.queuedAfter) &&
      at(row.startedAt, filter.startedAfter) &&
      at(row.finishedAt, filter.finishedAfter),
  );
  const sign = filter.sortOrder === 'asc' ? 1 : -1;
  return kept
    .sort((a, b) => {
      const x = a[filter.sortBy];
      const y = b[filter.sortBy];
      if (x === null || y === null) return x === y ? a.seq - b.seq : x === null ? 1 : -1;
      return sign * (x - y) || a.seq - b.seq;
    })
    .map((row) => row.dto.jobId);
}

describe('listJobs selection', () => {
  it('matches a brute-force filter and sort for any thresholds, sort field and order', () => {
    if (!lake) throw new Error('prod_lake missing');
    const rows = lake.jobs.rows;
    const times = rows
      .flatMap((row) => [row.queuedAt, row.startedAt, row.finishedAt])
      .filter((t): t is number => t !== null);
    // Thresholds are drawn from the data itself (and its neighbours) so the inclusive edges get hit.
    const threshold = fc.option(
      fc.tuple(fc.constantFrom(...times), fc.integer({ min: -1, max: 1 })).map(([t, d]) => t + d),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        threshold,
        threshold,
        threshold,
        fc.constantFrom(...FIELDS),
        fc.constantFrom('asc' as const, 'desc' as const),
        (q, s, f, sortBy, sortOrder) => {
          const filter: JobRunFilter = {
            ...(q !== undefined ? { queuedAfter: q } : {}),
            ...(s !== undefined ? { startedAfter: s } : {}),
            ...(f !== undefined ? { finishedAfter: f } : {}),
            sortBy,
            sortOrder,
          };
          const selection = selectJobs(lake.jobs, filter);
          expect(selection.jobs.map((job) => job.jobId)).toEqual(bruteForce(rows, filter));
          const total = Object.values(selection.statusCounts).reduce((a, b) => a + b, 0);
          expect(total).toBe(selection.jobs.length);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('parses defaults and rejects bad values with IllegalArgumentException', () => {
    expect(parseJobRunFilter({})).toEqual({ filter: { sortBy: 'queuedAt', sortOrder: 'desc' } });
    const bad: Record<string, string>[] = [
      { sortBy: 'createdAt' },
      { sortOrder: 'up' },
      { finishedAfter: 'soon' },
    ];
    for (const query of bad) {
      const parsed = parseJobRunFilter(query);
      expect('exception' in parsed && parsed.exception.type).toBe('IllegalArgumentException');
    }
  });
});
