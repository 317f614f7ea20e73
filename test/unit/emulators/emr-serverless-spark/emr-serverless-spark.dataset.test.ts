import { createEmrDataset } from '../../../../src/emulators/emr-serverless-spark/emr-serverless-spark.dataset';
import type { EmrDataset } from '../../../../src/emulators/emr-serverless-spark/emr-serverless-spark.model';
import { JOB_RUN_STATES } from '../../../../src/emulators/emr-serverless-spark/job-run.wire';
import { WORKSPACE_STATUSES } from '../../../../src/emulators/emr-serverless-spark/workspace.wire';
import type { EmulatorDataOptions } from '../../../../src/emulators/shared/emulator-types';

const REFERENCE_TIME = Date.UTC(2026, 0, 15, 8, 0, 0);
const MONTH_MS = 30 * 86_400_000;
const small = (seed: string): EmulatorDataOptions => ({
  seed,
  scale: 'small',
  referenceTime: REFERENCE_TIME,
});

function runsPerWorkspace(dataset: EmrDataset): number[] {
  const counts = dataset.workspaces.map(() => 0);
  for (const run of dataset.runs) counts[run.workspace] = (counts[run.workspace] ?? 0) + 1;
  return counts;
}

describe('EMR Serverless Spark dataset', () => {
  it('is byte-identical for the same seed and differs for another seed', () => {
    const a = JSON.stringify(createEmrDataset(small('alpha')));
    expect(JSON.stringify(createEmrDataset(small('alpha')))).toBe(a);
    const b = JSON.stringify(createEmrDataset(small('beta')));
    expect(b).not.toBe(a);
    const idsA = new Set(createEmrDataset(small('alpha')).runs.map((r) => r.jobRunId));
    expect(createEmrDataset(small('beta')).runs.some((r) => idsA.has(r.jobRunId))).toBe(false);
  });

  it.each(['alpha', 'beta', 'gamma', 'delta'])('small scale (seed %s) has the documented shape', (seed) => {
    const dataset = createEmrDataset(small(seed));
    const counts = runsPerWorkspace(dataset);
    expect(dataset.workspaces.length).toBeGreaterThanOrEqual(10);
    expect(dataset.workspaces.length).toBeLessThanOrEqual(15);
    expect(dataset.runs.length).toBeGreaterThanOrEqual(2500);
    expect(dataset.runs.length).toBeLessThanOrEqual(5500);
    expect(counts).toContain(0);
    expect(Math.max(...counts)).toBeGreaterThan(1000);
    expect(new Set(dataset.runs.map((r) => r.state))).toEqual(new Set(JOB_RUN_STATES));
    expect(new Set(dataset.workspaces.map((w) => w.wire.workspaceStatus))).toEqual(
      new Set(WORKSPACE_STATUSES),
    );
    expect(new Set(dataset.workspaces.map((w) => w.wire.regionId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(dataset.runs.map((r) => r.jobRunId)).size).toBe(dataset.runs.length);
    expect(new Set(dataset.workspaces.map((w) => w.wire.workspaceName)).size).toBe(dataset.workspaces.length);
    const jobs = dataset.workspaces.flatMap((w) => w.jobs);
    expect(jobs.some((j) => j.workflowId !== null)).toBe(true);
    expect(jobs.some((j) => j.deploymentId !== null)).toBe(true);
    expect(new Set(jobs.map((j) => j.resourceQueueId))).toContain('root_queue');
  });

  it('keeps every time within the 30 days before referenceTime and runs inside their workspace life', () => {
    const dataset = createEmrDataset(small('times'));
    for (const { wire } of dataset.workspaces) {
      expect(wire.createTime).toBeGreaterThanOrEqual(REFERENCE_TIME - MONTH_MS);
      expect(wire.createTime).toBeLessThanOrEqual(REFERENCE_TIME);
      if (wire.endTime !== undefined) expect(wire.endTime).toBeGreaterThan(wire.createTime);
    }
    for (const run of dataset.runs) {
      const workspace = dataset.workspaces[run.workspace]?.wire;
      expect(run.submitTime).toBeGreaterThanOrEqual(workspace?.createTime ?? Infinity);
      expect(run.submitTime).toBeLessThanOrEqual(REFERENCE_TIME);
      const active = ['Submitted', 'Pending', 'Running', 'Cancelling', 'CancelFailed'].includes(run.state);
      if (active) {
        expect(run.endTime).toBe(0);
        expect(workspace?.workspaceStatus).toBe('RUNNING');
      } else {
        expect(run.endTime).toBeGreaterThanOrEqual(run.submitTime);
        expect(run.endTime).toBeLessThanOrEqual(REFERENCE_TIME);
      }
    }
  });

  it('large scale holds at least 100,000 runs with every state', () => {
    const dataset = createEmrDataset({ seed: 'bench', scale: 'large', referenceTime: REFERENCE_TIME });
    expect(dataset.runs.length).toBeGreaterThanOrEqual(100_000);
    expect(new Set(dataset.runs.map((r) => r.state))).toEqual(new Set(JOB_RUN_STATES));
    expect(Math.max(...runsPerWorkspace(dataset))).toBeGreaterThan(5000);
  });
});
