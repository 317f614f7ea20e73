// Medians over rounds, ratios, and the P1..P6 verdicts, from the raw results of a run.
import { baseConcurrency } from './settings.mjs';
import { totalCalls } from './upstream-calls.mjs';

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median cells: key `${scenario}|${target}|${connections}` → medians over the rounds. */
export function cells(latency) {
  const groups = new Map();
  for (const run of latency.runs) {
    const key = `${run.scenario}|${run.target}|${run.connections}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(run);
  }
  const out = new Map();
  for (const [key, runs] of groups) {
    out.set(key, {
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
      peakRss: Math.max(...runs.map((r) => r.peakRss)),
      failed: runs.reduce((sum, r) => sum + r.failed, 0),
      rounds: runs.length,
    });
  }
  return out;
}

export const ratio = (a, b) => (a === null || b === null || b === undefined || b === 0 ? null : a / b);

/** The P1..P6 verdicts: { id, text, verdict: 'met' | 'missed' | 'not measured', measured }. */
export function verdicts(results, scenarios) {
  const settings = results.settings;
  const base = baseConcurrency(settings);
  const atZero = results.latencies.find((l) => l.latencyMs === 0) ?? results.latencies[0];
  const out = [];
  if (!atZero) return out;
  const c = cells(atZero);
  const get = (scenario, target, conn = base) => c.get(`${scenario}|${target}|${conn}`);

  // P1: jobgraph's calls per operation equal the minimum.
  const jobgraphCalls = atZero.calls.filter((row) => row.target === 'jobgraph');
  const over = jobgraphCalls.filter(
    (row) =>
      totalCalls(row.calls) !== totalCalls(row.minimum) ||
      JSON.stringify(sortDeep(row.calls)) !== JSON.stringify(sortDeep(row.minimum)),
  );
  out.push({
    id: 'P1',
    text: 'upstream calls per query equal the API minimum in every scenario',
    verdict: over.length === 0 ? 'met' : 'missed',
    measured:
      over.length === 0
        ? `all ${jobgraphCalls.length} operations at their minimum`
        : over
            .map((row) => {
              const note = scenarios.find((s) => s.name === row.scenario)?.callGapNote;
              return `${row.scenario}${row.op ? ` op ${row.op + 1}` : ''}: ${totalCalls(row.calls)} calls vs ${totalCalls(row.minimum)}${note ? ` (${note})` : ''}`;
            })
            .join('; '),
  });

  // jobgraph's req/s over a peer's, per scenario measured with both.
  const ratiosTo = (peer, of) =>
    of
      .map((s) => ({
        s: s.name,
        r: ratio(get(s.name, 'jobgraph')?.rps ?? null, get(s.name, peer)?.rps ?? null),
      }))
      .filter((x) => x.r !== null);
  const ratioVerdict = (list, at) =>
    list.length === 0 ? 'not measured' : list.every((x) => x.r >= at) ? 'met' : 'missed';
  const ratioText = (list) => list.map((x) => `${x.s} ${x.r.toFixed(2)}x`).join(', ');

  // P2: >= 0.5x the proxy on every single-provider scenario (base concurrency, no added latency).
  const p2 = ratiosTo(
    'proxy',
    scenarios.filter((s) => s.provider && !s.name.startsWith('p4-')),
  );
  out.push({
    id: 'P2',
    text: `throughput >= 0.5x the proxy on every single-provider scenario (c=${base}, 0 ms)`,
    verdict: ratioVerdict(p2, 0.5),
    measured: ratioText(p2),
  });

  // P3: >= 3x Mesh on the same Gravitino query.
  const p3 = ratiosTo(
    'mesh',
    scenarios.filter((s) => s.mesh),
  );
  out.push({
    id: 'P3',
    text: `throughput >= 3x GraphQL Mesh on the same Gravitino query (c=${base}, 0 ms)`,
    verdict: ratioVerdict(p3, 3),
    measured: ratioText(p3),
  });

  // P4: first page of the largest connection within 1.2x of one of ~100 items (c=1).
  // The sub-millisecond probe when the run has it (bench/p4-probe.mjs); autocannon's whole ms otherwise.
  const probe = atZero.p4Probe?.jobgraph;
  const large = probe ? probe.largest : get('p4-first-page-largest', 'jobgraph', 1);
  const small = probe ? probe.small : get('p4-first-page-small', 'jobgraph', 1);
  const p4 = ratio(large?.p50 ?? null, small?.p50 ?? null);
  const proxyProbe = atZero.p4Probe?.proxy;
  const p4Ms = (value) => (probe ? value.toFixed(2) : String(value));
  const sizes = atZero.facts?.p4Workspaces;
  out.push({
    id: 'P4',
    text: 'first-page latency of a connection over 100,000 runs within 1.2x of the same over 100 runs',
    verdict: p4 === null ? 'not measured' : p4 <= 1.2 ? 'met' : 'missed',
    measured:
      p4 === null
        ? ''
        : `p50 ${p4Ms(large.p50)} ms over ${sizes?.largest.runs} runs vs ${p4Ms(small.p50)} ms over ${sizes?.small.runs} runs: ${p4.toFixed(2)}x (the largest connection the large dataset has; none holds 100,000)${probe ? `; ${probe.largest.requests} requests of each, alternated, timed to the µs` : ''}${proxyProbe ? `; the proxy, making the same two calls: ${proxyProbe.largest.p50.toFixed(2)} vs ${proxyProbe.small.p50.toFixed(2)} ms` : ''}`,
  });

  // P5: jobs p50 within 1.5x of the slowest single source read; calls at most the minimum; pages reuse.
  const jobs = get('jobs-3-pages', 'jobgraph', 1);
  const slowest = Math.max(...Object.values(atZero.sourceReads ?? {}));
  const jobsCalls = jobgraphCalls.filter((row) => row.scenario === 'jobs-3-pages');
  const jobsOver = jobsCalls.filter((row) => totalCalls(row.calls) > totalCalls(row.minimum));
  const p5ratio = ratio(jobs?.p50 ?? null, Number.isFinite(slowest) ? slowest : null);
  out.push({
    id: 'P5',
    text: 'jobs(first: 20): p50 within 1.5x of the slowest single source read; calls no more than the minimum; next pages reuse what the previous learned',
    verdict: p5ratio === null ? 'not measured' : p5ratio <= 1.5 && jobsOver.length === 0 ? 'met' : 'missed',
    measured:
      p5ratio === null
        ? ''
        : `p50 ${jobs.p50} ms (c=1, the three pages cycled) vs slowest source read ${slowest.toFixed(1)} ms: ${p5ratio.toFixed(2)}x; calls per page ${jobsCalls.map((r) => `${totalCalls(r.calls)} (min ${totalCalls(r.minimum)})`).join(', ')}`,
  });

  // P6: RSS flat within 5% over the soak, sockets not growing.
  const soak = results.soak;
  if (!soak || soak.samples.length < 10) {
    out.push({
      id: 'P6',
      text: 'RSS flat (within 5%) over a 100,000-request soak, no growth in open sockets',
      verdict: 'not measured',
      measured: 'opt-in: BENCH_SOAK=1',
    });
  } else {
    // Flat = no trend: the median RSS of the last tenth of the soak against that of its second tenth
    // (after warm-up); the garbage collector's sawtooth in between is reported, not judged.
    const s = soak.samples;
    const tenth = (i) => s.slice(Math.floor((s.length * i) / 10), Math.floor((s.length * (i + 1)) / 10));
    const early = median(tenth(1).map((x) => x.rss));
    const late = median(tenth(9).map((x) => x.rss));
    const growth = late / early - 1;
    const peak = Math.max(...s.map((x) => x.rss));
    const socketsGrow =
      soak.after.sockets > s[0].sockets ||
      median(tenth(9).map((x) => x.sockets)) > median(tenth(1).map((x) => x.sockets));
    out.push({
      id: 'P6',
      text: `RSS flat (within 5%) over a ${soak.requests.toLocaleString('en')}-request soak, no growth in open sockets`,
      verdict: Math.abs(growth) <= 0.05 && !socketsGrow ? 'met' : 'missed',
      measured: `median RSS ${mb(early)} in the second tenth of the soak, ${mb(late)} in the last (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%; peak ${mb(peak)} in the GC sawtooth); open sockets ${s[0].sockets} in the first second, median ${median(tenth(1).map((x) => x.sockets))} then ${median(tenth(9).map((x) => x.sockets))}, ${soak.after.sockets} 6 s after the load`,
    });
  }
  return out;
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function sortDeep(counts) {
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([p, ops]) => [p, Object.fromEntries(Object.entries(ops).sort(([a], [b]) => (a < b ? -1 : 1)))]),
  );
}
