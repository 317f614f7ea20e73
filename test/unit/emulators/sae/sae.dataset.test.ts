import { SAE_SPECS } from '../../../../src/emulators/sae/vocabulary.dataset';
import { executionInstances } from '../../../../src/emulators/sae/instance-count.materialize';
import { firstFireAtOrAfter, parseGmtOffset } from '../../../../src/emulators/sae/cron-schedule.dataset';
import { SaeExecutionKind, SaeStateCode } from '../../../../src/emulators/sae/sae.model';
import { toJobExecution, toJobTemplate } from '../../../../src/emulators/sae/sae.materialize';
import { createSaeDataset, SAE_TEMPLATE_COUNTS } from '../../../../src/emulators/sae/sae.dataset';

const referenceTime = Date.UTC(2026, 0, 15, 12, 0, 0);
const small = createSaeDataset({ seed: 'unit', scale: 'small', referenceTime });
const nowSeconds = referenceTime / 1000;

// A minimal matcher for the cron fields the generator writes: "*", "?", "n", "*/n", "0/n".
function cronFieldMatches(field: string, value: number): boolean {
  if (field === '*' || field === '?') return true;
  const step = /^(?:\*|0)\/(\d+)$/.exec(field);
  if (step) return value % Number(step[1]) === 0;
  return Number(field) === value;
}

function cronMatches(expression: string, timezone: string, epochSeconds: number): boolean {
  const local = new Date((epochSeconds + parseGmtOffset(timezone)) * 1000);
  const [minute = '', hour = '', day = '', month = '', weekday = ''] = expression.split(' ');
  return (
    cronFieldMatches(minute, local.getUTCMinutes()) &&
    cronFieldMatches(hour, local.getUTCHours()) &&
    (cronFieldMatches(day, local.getUTCDate()) || day === '*/1') &&
    cronFieldMatches(month, local.getUTCMonth() + 1) &&
    cronFieldMatches(weekday, local.getUTCDay()) &&
    local.getUTCSeconds() === 0
  );
}

const snapshot = (seed: string) => {
  const dataset = createSaeDataset({ seed, scale: 'small', referenceTime });
  return JSON.stringify(
    dataset.templates.map((row) => ({
      template: toJobTemplate(row),
      jobs: Array.from({ length: row.history.count }, (_, position) => toJobExecution(row, position)),
    })),
  );
};

describe('SAE dataset', () => {
  it('is identical for the same seed and differs for another', () => {
    expect(snapshot('unit')).toEqual(snapshot('unit'));
    expect(snapshot('unit')).not.toEqual(snapshot('other'));
  });

  it('has the documented counts per scale', () => {
    expect(small.templates).toHaveLength(SAE_TEMPLATE_COUNTS.small);
    const large = createSaeDataset({ seed: 'unit', scale: 'large', referenceTime });
    expect(large.templates.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(large.templates.map((row) => row.appId)).size).toBe(large.templates.length);
  });

  it('covers cron and http triggers, suspension, tags, empty and long histories, every state', () => {
    const rows = small.templates;
    expect(rows.some((row) => row.triggerType === 'time')).toBe(true);
    expect(rows.some((row) => row.triggerType === 'http')).toBe(true);
    expect(rows.some((row) => row.suspend)).toBe(true);
    expect(rows.some((row) => row.tags.length >= 2)).toBe(true);
    expect(rows.some((row) => row.history.count === 0)).toBe(true);
    expect(Math.max(...rows.map((row) => row.history.count))).toBeGreaterThan(100);
    const states = new Set(rows.flatMap((row) => Array.from(row.history.states)));
    expect([...states].sort()).toEqual([0, 1, 2, 3]);
    expect(new Set(rows.map((row) => row.regionId)).size).toBeGreaterThanOrEqual(4);
  });

  it('keeps names unique per namespace and specs within the documented Cpu/Mem pairs', () => {
    const names = small.templates.map((row) => `${row.namespaceId}/${row.appName}`);
    expect(new Set(names).size).toBe(names.length);
    const pairs = new Set(SAE_SPECS.map(([[cpu, mem]]) => `${cpu}/${mem}`));
    for (const row of small.templates) expect(pairs.has(`${row.cpu}/${row.mem}`)).toBe(true);
  });

  it('lists templates newest-created first', () => {
    const times = small.templates.map((row) => row.createTime);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('keeps every time in the 30 days before the reference time, histories newest first', () => {
    for (const row of small.templates) {
      expect(row.createTime).toBeGreaterThanOrEqual(nowSeconds - 30 * 86400);
      const starts = Array.from(row.history.startTimes);
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
      for (let p = 0; p < row.history.count; p++) {
        const job = toJobExecution(row, p);
        expect(job.StartTime).toBeGreaterThanOrEqual(row.createTime);
        expect(job.StartTime).toBeLessThanOrEqual(nowSeconds);
        if (job.CompletionTime !== undefined) expect(job.CompletionTime).toBeLessThanOrEqual(nowSeconds);
        expect(job.CompletionTime === undefined).toBe(job.State === '0' || job.State === '3');
      }
    }
  });

  it('reports a template with the counters and times of its latest execution', () => {
    for (const row of small.templates) {
      const template = toJobTemplate(row);
      if (row.history.count === 0) {
        expect(template).toMatchObject({ LastJobState: '0', Active: 0, Succeeded: 0, Failed: 0 });
        expect(template.LastStartTime).toBeUndefined();
        continue;
      }
      const latest = toJobExecution(row, 0);
      expect(template).toMatchObject({
        LastJobState: latest.State,
        LastStartTime: latest.StartTime,
        Active: latest.Active,
        Succeeded: latest.Succeeded,
        Failed: latest.Failed,
      });
      expect(template.CompletionTime).toBe(latest.CompletionTime);
    }
  });

  it('bounds instance counters by the replicas and keeps suspended templates idle', () => {
    for (const row of small.templates) {
      for (let p = 0; p < row.history.count; p++) {
        const counts = executionInstances(row, p);
        expect(counts.Active + counts.Succeeded).toBeLessThanOrEqual(row.replicas);
        if (row.history.states[p] === SaeStateCode.Succeeded) expect(counts.Succeeded).toBe(row.replicas);
        if (row.history.states[p] === SaeStateCode.Running) expect(counts.Active).toBeGreaterThan(0);
      }
      if (row.suspend) expect(Array.from(row.history.states)).not.toContain(SaeStateCode.Running);
    }
  });

  it('fires cron executions on their schedule and names them after the scheduled minute', () => {
    for (const row of small.templates.filter((r) => r.triggerType === 'time')) {
      const trigger = JSON.parse(row.triggerConfig) as { type: string; config: string; timezone: string };
      expect(trigger.type).toBe('time');
      expect(trigger.config.split(' ')).toHaveLength(5);
      for (let p = 0; p < row.history.count; p++) {
        if (row.history.kinds[p] !== SaeExecutionKind.Cron) continue;
        const start = row.history.startTimes[p] ?? 0;
        expect(cronMatches(trigger.config, trigger.timezone, start)).toBe(true);
        expect(toJobExecution(row, p).JobId).toBe(`${row.appName}-${start / 60}`);
      }
    }
    for (const row of small.templates.filter((r) => r.triggerType === 'http')) {
      expect(JSON.parse(row.triggerConfig)).toMatchObject({
        type: 'http',
        config: { securityConfig: 'none' },
      });
    }
  });
});

describe('SAE cron schedule arithmetic', () => {
  it('parses SAE timezones', () => {
    expect(parseGmtOffset('GMT+8:00')).toBe(8 * 3600);
    expect(parseGmtOffset('GMT-7:00')).toBe(-7 * 3600);
    expect(parseGmtOffset('nonsense')).toBe(0);
  });

  it('finds the next fire time', () => {
    // "0 1 * * *" in GMT+8:00 fires at 17:00 UTC.
    const schedule = { expression: '0 1 * * *', periodSeconds: 86400, phaseSeconds: 17 * 3600 };
    const from = Date.UTC(2026, 0, 15, 12, 0, 0) / 1000;
    expect(firstFireAtOrAfter(schedule, from)).toBe(Date.UTC(2026, 0, 15, 17, 0, 0) / 1000);
    expect(firstFireAtOrAfter(schedule, from + 5 * 3600)).toBe(from + 5 * 3600);
  });
});
