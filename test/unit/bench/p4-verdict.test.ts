import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// P4's verdict (bench/summary.mjs, an ES module of the bench: run in a node process of its own) reads
// the sub-millisecond probe when the run has one, autocannon's whole milliseconds otherwise.

const SUMMARY = resolve(__dirname, '../../../bench/summary.mjs');

type Verdict = { id: string; verdict: string; measured: string };

function p4Of(latency: Record<string, unknown>): Verdict {
  const results = {
    settings: { concurrencies: [1, 10, 50] },
    latencies: [{ latencyMs: 0, calls: [], sourceReads: {}, runs: [], ...latency }],
  };
  const script = `
    const { verdicts } = await import(${JSON.stringify(SUMMARY)});
    process.stdout.write(JSON.stringify(verdicts(${JSON.stringify(results)}, []).find((v) => v.id === 'P4')));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  ) as Verdict;
}

const cell = (scenario: string, p50: number) => ({
  round: 0,
  scenario,
  target: 'jobgraph',
  connections: 1,
  rps: 100,
  p50,
  p99: p50,
  cpuMsPerRequest: 1,
  peakRss: 1,
  failed: 0,
});

describe('bench P4 verdict', () => {
  const facts = { p4Workspaces: { largest: { runs: 16743 }, small: { runs: 341 } } };
  const wholeMs = [cell('p4-first-page-largest', 5), cell('p4-first-page-small', 3)];

  it('judges by the probe when there is one, and says so', () => {
    const probe = (largest: number, small: number) => ({
      largest: { p50: largest, p90: largest, requests: 400 },
      small: { p50: small, p90: small, requests: 400 },
    });
    const p4 = p4Of({ runs: wholeMs, facts, p4Probe: { jobgraph: probe(3.1, 3.0), proxy: probe(1.2, 1.1) } });
    expect(p4.verdict).toBe('met');
    expect(p4.measured).toContain('p50 3.10 ms over 16743 runs vs 3.00 ms over 341 runs: 1.03x');
    expect(p4.measured).toContain('the proxy, making the same two calls: 1.20 vs 1.10 ms');
    expect(p4Of({ runs: wholeMs, facts, p4Probe: { jobgraph: probe(4, 3) } }).verdict).toBe('missed');
  });

  it("falls back to autocannon's whole milliseconds without a probe", () => {
    const p4 = p4Of({ runs: wholeMs, facts });
    expect(p4.verdict).toBe('missed');
    expect(p4.measured).toContain('p50 5 ms over 16743 runs vs 3 ms over 341 runs: 1.67x');
  });
});
