import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// bench/history.mjs is an ES module of the bench (outside the TypeScript build), so it is run the way
// the bench runs it: in a node process of its own.

const HISTORY = resolve(__dirname, '../../../bench/history.mjs');

/** A run's raw results, as bench/run.mjs keeps them, with one scenario measured at c=10 over 3 rounds. */
function results(startedAt: string, jobgraphRps: number, overrides: Record<string, unknown> = {}) {
  const run = (target: string, rps: number, round: number) => ({
    round,
    scenario: 'sae-page-20',
    connections: 10,
    target,
    rps,
    p50: 10,
    p99: 20,
    cpuMsPerRequest: 2,
    peakRss: 1,
    failed: 0,
  });
  return {
    startedAt,
    finishedAt: `${startedAt}-end`,
    versions: { 'jobgraph commit': 'abc1234' },
    settings: {
      quick: false,
      scenarios: null,
      targets: ['jobgraph', 'proxy'],
      rounds: 3,
      durationS: 6,
      concurrencies: [1, 10, 50],
      ...overrides,
    },
    latencies: [
      {
        latencyMs: 0,
        runs: [1, 2, 3].flatMap((round) => [
          run('jobgraph', jobgraphRps + round, round),
          run('proxy', 1000, round),
        ]),
      },
    ],
  };
}

/** Records each results object in turn into a fresh history file; returns the file and the section. */
function record(...runs: unknown[]): { history: { runs: { startedAt: string }[] }; section: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  try {
    const path = join(dir, 'benchmarks-history.json');
    const script = `
      const { recordRun, historySection } = await import(${JSON.stringify(HISTORY)});
      let history;
      for (const results of ${JSON.stringify(runs)}) history = await recordRun(${JSON.stringify(path)}, results);
      process.stdout.write(historySection(history));`;
    const section = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    let history = { runs: [] as { startedAt: string }[] };
    try {
      history = JSON.parse(readFileSync(path, 'utf8')) as typeof history;
    } catch {
      // Nothing recorded: no file.
    }
    return { history, section };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bench history (the report\'s "Before and after")', () => {
  it('keeps each full run once, by its start, and shows jobgraph against the proxy per run', () => {
    const { history, section } = record(results('t1', 300), results('t2', 500), results('t2', 500));
    expect(history.runs.map((run) => run.startedAt)).toEqual(['t1', 't2']);
    expect(section).toContain('## Before and after');
    // Medians of the rounds: 302 and 502 req/s against the proxy's 1000.
    expect(section).toMatch(
      /\| sae-page-20 \| 0\.30× proxy<br>302\.0 req\/s, p50 10 ms, 2\.00 ms CPU \| 0\.50× proxy<br>502\.0 req\/s/,
    );
  });

  it('keeps no smoke test and no partial run, and shows nothing with fewer than two runs', () => {
    const { history, section } = record(
      results('quick', 100, { quick: true }),
      results('some', 100, { scenarios: ['sae-page-20'] }),
      results('no-proxy', 100, { targets: ['jobgraph'] }),
      results('full', 100),
    );
    expect(history.runs.map((run) => run.startedAt)).toEqual(['full']);
    expect(section).toBe('');
  });
});
