import {
  JOB_STATUSES,
  JOB_TYPES,
  TERMINAL_STATUSES,
} from '../../../../src/emulators/pai-dlc/vocabulary.dataset';
import { createPaiDlcDataset, PAI_JOB_COUNTS } from '../../../../src/emulators/pai-dlc/pai-dlc.dataset';
import { NO_TIME } from '../../../../src/emulators/pai-dlc/pai-dlc.model';
import { toGetJobBody, toJobItem } from '../../../../src/emulators/pai-dlc/job.materialize';
import { planJob } from '../../../../src/emulators/pai-dlc/pod-plan.dataset';

const referenceTime = Date.UTC(2026, 2, 1, 0, 0, 0);
const small = createPaiDlcDataset({ seed: 'unit', scale: 'small', referenceTime });
const now = referenceTime / 1000;
const THIRTY_DAYS = 30 * 86_400;

describe('PAI-DLC dataset', () => {
  it('is byte-identical for the same seed, scale and referenceTime, and differs for another seed', () => {
    const twin = createPaiDlcDataset({ seed: 'unit', scale: 'small', referenceTime });
    expect(JSON.stringify(twin)).toBe(JSON.stringify(small));
    const pages = (d: typeof small) =>
      JSON.stringify(d.rows.slice(0, 50).map((row) => toGetJobBody(row, d, 'R', true)));
    expect(pages(twin)).toBe(pages(small));
    const other = createPaiDlcDataset({ seed: 'other', scale: 'small', referenceTime });
    expect(other.rows.map((r) => r.jobId)).not.toEqual(small.rows.map((r) => r.jobId));
  });

  it('has the documented sizes, unique ids, every status and every job type', () => {
    expect(small.rows).toHaveLength(PAI_JOB_COUNTS.small);
    expect(new Set(small.rows.map((r) => r.jobId)).size).toBe(small.rows.length);
    expect(new Set(small.rows.map((r) => r.status))).toEqual(new Set(JOB_STATUSES));
    expect(new Set(small.rows.map((r) => r.jobType))).toEqual(new Set(JOB_TYPES.map((t) => t.jobType)));
    expect(PAI_JOB_COUNTS.large).toBeGreaterThanOrEqual(20_000);
  });

  it('keeps rows in creation order and every time in the 30 days before referenceTime', () => {
    small.rows.forEach((row, i) => {
      if (i > 0) expect(row.createTime).toBeGreaterThanOrEqual(small.rows[i - 1]?.createTime ?? 0);
      for (const t of row.transitions) {
        expect(t.start).toBeGreaterThanOrEqual(now - THIRTY_DAYS);
        expect(t.start).toBeLessThanOrEqual(now);
      }
    });
  });

  it('derives a status timeline consistent with Status, the Gmt*Time fields and restarts', () => {
    for (const row of small.rows) {
      const path = row.transitions.map((t) => t.status);
      expect(path[0]).toBe('Creating');
      expect(path[path.length - 1]).toBe(row.status);
      row.transitions.forEach(
        (t, i) => i > 0 && expect(t.start).toBeGreaterThanOrEqual(row.transitions[i - 1]?.start ?? 0),
      );
      expect(row.restarts).toBe(path.filter((s) => s === 'Restarting').length);
      expect(row.runningTime !== NO_TIME).toBe(path.includes('Running'));
      expect(row.finishTime !== NO_TIME).toBe(TERMINAL_STATUSES.has(row.status));
      if (row.status === 'Succeeded') expect(row.successedTime).not.toBe(NO_TIME);
      if (row.status === 'Stopped') expect(row.stoppedTime).toBe(row.finishTime);
      if (row.status === 'Bidding') {
        expect(row.paymentType).toBe('Spot');
        expect(small.directory.quotas[row.quotaIndex]?.resourceType).toBe('Lingjun');
      }
      expect(row.duration).toBeGreaterThanOrEqual(0);
      expect(row.reasonCode).toBe(row.transitions[row.transitions.length - 1]?.reason[0]);
    }
  });

  it('gives jobs that left the queue one pod per replica, with restart history that adds up', () => {
    for (const row of small.rows) {
      const plan = planJob(row, small.directory, small.seed);
      const dequeued = row.transitions.some((t) => t.status === 'EnvPreparing');
      expect(plan.pods).toHaveLength(dequeued ? row.nodeCount : 0);
      expect(plan.restarts).toHaveLength(dequeued ? row.restarts : 0);
      const failed = plan.restarts.reduce((sum, r) => sum + r.failedPods.length, 0);
      expect(plan.pods.reduce((sum, p) => sum + p.history.length, 0)).toBe(failed);
      for (const pod of plan.pods) {
        for (const old of pod.history) {
          expect(old.finish).toBeLessThanOrEqual(pod.current.create);
          expect(old.status).toBe('Failed');
        }
        if (pod.current.start !== undefined) expect(pod.current.start).toBeLessThanOrEqual(now);
      }
    }
  });

  it('materializes all 62 JobItem fields and all 48 GetJob fields somewhere in the data', () => {
    const listed = new Set(small.rows.flatMap((row) => Object.keys(toJobItem(row, small))));
    expect(listed.size).toBe(62);
    const got = new Set(small.rows.flatMap((row) => Object.keys(toGetJobBody(row, small, 'R', true))));
    expect(got.size).toBe(48);
  });

  it('builds the large scale with at least 20,000 jobs', () => {
    const large = createPaiDlcDataset({ seed: 'unit', scale: 'large', referenceTime });
    expect(large.rows.length).toBeGreaterThanOrEqual(20_000);
    expect(large.directory.workspaces.length).toBeGreaterThan(small.directory.workspaces.length);
    const perWorkspace = new Map<number, number>();
    for (const row of large.rows)
      perWorkspace.set(row.workspaceIndex, (perWorkspace.get(row.workspaceIndex) ?? 0) + 1);
    // From none (an archived workspace) to thousands.
    expect(Math.max(...perWorkspace.values())).toBeGreaterThan(1000);
    expect(perWorkspace.size).toBeLessThan(large.directory.workspaces.length);
  });
});
