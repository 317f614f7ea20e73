// What a run measures, from the environment. Defaults: a full run in about 15 minutes on 2 cores.

function list(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  return raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function number(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

/** The run's settings; BENCH_QUICK=1 is a smoke test (1 s, 1 round, one concurrency). */
export function readSettings() {
  const quick = process.env.BENCH_QUICK === '1';
  // `none`: no latency runs (e.g. with BENCH_SOAK=1, the soak alone).
  const latencies =
    process.env.BENCH_LATENCIES_MS === 'none' ? [] : list('BENCH_LATENCIES_MS', ['0', '30']).map(Number);
  return {
    quick,
    durationS: number('BENCH_DURATION_S', quick ? 1 : 2),
    rounds: number('BENCH_ROUNDS', quick ? 1 : 3),
    // Every scenario at the middle one; the sweep scenarios at all of them.
    concurrencies: list('BENCH_CONCURRENCY', quick ? ['10'] : ['1', '10', '50']).map(Number),
    sweepScenarios: list('BENCH_SWEEP_SCENARIOS', ['gravitino-page-100', 'sae-page-20']),
    latencies,
    scenarios: list('BENCH_SCENARIOS', null),
    targets: list('BENCH_TARGETS', ['jobgraph', 'proxy', 'mesh']),
    soak: process.env.BENCH_SOAK === '1',
    // The profiling pass after the measured cells (bench/profile.mjs): on for a full run, off with
    // BENCH_PROFILE=0, and off by default for a smoke test or a soak alone (BENCH_PROFILE=1 forces it).
    profile:
      process.env.BENCH_PROFILE === '1' ||
      (process.env.BENCH_PROFILE !== '0' && !quick && latencies.length > 0),
    soakRequests: number('BENCH_SOAK_REQUESTS', 100_000),
    output: process.env.BENCH_OUTPUT ?? 'docs/benchmarks.md',
    build: process.env.BENCH_BUILD === '1',
  };
}

/** The concurrency every scenario is measured at: the middle of the list. */
export function baseConcurrency(settings) {
  return settings.concurrencies[Math.floor((settings.concurrencies.length - 1) / 2)] ?? 10;
}

/**
 * Scenarios measured at one connection only: the P4 pair (a first page's latency), and the jobs pages
 * (P5 reads them at c=1; at higher concurrency a page of ~100 upstream calls only queues).
 */
export const measuredAtOneConnection = (name) => name === 'jobs-3-pages' || name.startsWith('p4-');

/** Seconds a run of a slow scenario lasts at least, so that enough requests complete to have a median. */
export const SLOW_SCENARIOS = { 'jobs-3-pages': 6, 'nodes-100-mixed': 5, 'workspaces-job-runs': 3 };
