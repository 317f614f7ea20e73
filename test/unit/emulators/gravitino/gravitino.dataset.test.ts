import { generateGravitinoDataset } from '../../../../src/emulators/gravitino/gravitino.dataset';
import type { GravitinoDataset } from '../../../../src/emulators/gravitino/gravitino.model';

const REFERENCE_TIME = Date.UTC(2026, 7, 20, 12, 0, 0);

/** Everything the API can show, as one string. */
function snapshot(dataset: GravitinoDataset): string {
  return JSON.stringify(
    dataset.metalakes.map((lake) => ({
      metalake: lake.dto,
      templates: lake.templates,
      jobs: lake.jobs.rows.map((row) => row.dto),
    })),
  );
}

describe('Gravitino dataset', () => {
  it('is identical for the same seed, scale and referenceTime, and differs for another seed', () => {
    const options = { seed: 's1', scale: 'small', referenceTime: REFERENCE_TIME } as const;
    const a = snapshot(generateGravitinoDataset(options));
    expect(snapshot(generateGravitinoDataset(options))).toBe(a);
    expect(snapshot(generateGravitinoDataset({ ...options, seed: 's2' }))).not.toBe(a);
    expect(
      snapshot(generateGravitinoDataset({ ...options, referenceTime: REFERENCE_TIME + 60_000 })),
    ).not.toBe(a);
  });

  it('holds about 400 jobs at small scale and at least 20,000 at large scale, ids unique', () => {
    const small = generateGravitinoDataset({
      seed: 'jobgraph',
      scale: 'small',
      referenceTime: REFERENCE_TIME,
    });
    expect(small.jobCount).toBe(400);
    const large = generateGravitinoDataset({
      seed: 'jobgraph',
      scale: 'large',
      referenceTime: REFERENCE_TIME,
    });
    expect(large.jobCount).toBeGreaterThanOrEqual(20_000);
    const ids = large.metalakes.flatMap((lake) => lake.jobs.rows.map((row) => row.dto.jobId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(large.metalakes.map((lake) => lake.jobs.rows.length)).toContain(0);
  });

  it('keeps store order = ascending id = queue order, and every time inside the 30-day window', () => {
    const dataset = generateGravitinoDataset({
      seed: 'jobgraph',
      scale: 'small',
      referenceTime: REFERENCE_TIME,
    });
    const windowStart = (REFERENCE_TIME - 30 * 86_400_000) * 1000;
    for (const lake of dataset.metalakes) {
      const rows = lake.jobs.rows;
      rows.forEach((row, i) => {
        const previous = rows[i - 1];
        if (previous) {
          expect(row.seq).toBeGreaterThan(previous.seq);
          expect(row.queuedAt).toBeGreaterThanOrEqual(previous.queuedAt);
        }
        expect(row.queuedAt).toBeGreaterThanOrEqual(windowStart);
        for (const time of [row.queuedAt, row.startedAt, row.finishedAt]) {
          if (time !== null) expect(time).toBeLessThanOrEqual(REFERENCE_TIME * 1000);
        }
      });
      // The wire type leaves audit optional (a real server may omit it); the emulator always sends it, NaN fails below.
      const created = Date.parse(lake.dto.audit?.createTime ?? '');
      expect(created).toBeGreaterThanOrEqual(REFERENCE_TIME - 30 * 86_400_000);
      for (const template of lake.templates)
        expect(Date.parse(template.audit?.createTime ?? '')).toBeGreaterThan(created);
    }
  });
});
