// Before and after across runs: each full run's medians (base concurrency, 0 ms added latency) are
// kept in a JSON file beside the report (docs/benchmarks-history.json), and the report shows them
// side by side, so a change's effect is read from runs of the same bench rather than remembered.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { baseConcurrency, measuredAtOneConnection } from './settings.mjs';
import { cells } from './summary.mjs';

/** The history file of a report: `docs/benchmarks.md` → `docs/benchmarks-history.json`. */
export const historyPathOf = (reportPath) => reportPath.replace(/\.md$/, '-history.json');

/** One run's medians per scenario, as the history keeps them. */
export function runEntry(results) {
  const atZero = results.latencies.find((l) => l.latencyMs === 0);
  if (!atZero) return null;
  const c = cells(atZero);
  const base = baseConcurrency(results.settings);
  const names = [...new Set(atZero.runs.map((run) => run.scenario))];
  const scenarios = {};
  for (const name of names) {
    const connections = measuredAtOneConnection(name) ? 1 : base;
    const cell = (target) => c.get(`${name}|${target}|${connections}`);
    const jobgraph = cell('jobgraph');
    if (!jobgraph) continue;
    scenarios[name] = {
      connections,
      jobgraphRps: jobgraph.rps,
      proxyRps: cell('proxy')?.rps ?? null,
      meshRps: cell('mesh')?.rps ?? null,
      jobgraphP50Ms: jobgraph.p50,
      jobgraphCpuMsPerRequest: jobgraph.cpuMsPerRequest,
      proxyCpuMsPerRequest: cell('proxy')?.cpuMsPerRequest ?? null,
    };
  }
  const { rounds, durationS } = results.settings;
  return {
    label: `run of ${results.versions?.['jobgraph commit'] ?? 'unknown commit'}`,
    startedAt: results.startedAt,
    finishedAt: results.finishedAt ?? null,
    commit: results.versions?.['jobgraph commit'] ?? null,
    settings: `${rounds} rounds × ${durationS} s`,
    scenarios,
  };
}

/**
 * Adds this run to the history at `path` (a run already there, by its start, is replaced: a report
 * written again from the same results adds nothing) and returns the history. A smoke test (QUICK) or
 * a run of only some scenarios or targets is not kept: its numbers are not comparable.
 */
export async function recordRun(path, results) {
  const history = existsSync(path) ? JSON.parse(await readFile(path, 'utf8')) : { about: '', runs: [] };
  const { settings } = results;
  const complete = !settings.quick && settings.scenarios === null && settings.targets.includes('proxy');
  const entry = complete ? runEntry(results) : null;
  if (!entry) return history;
  history.about =
    'Written by npm run bench (bench/history.mjs): each full run at the base concurrency and 0 ms added latency (medians), for the "Before and after" section of the report beside it.';
  history.runs = [...history.runs.filter((run) => run.startedAt !== entry.startedAt), entry];
  await writeFile(path, `${JSON.stringify(history, null, 2)}\n`);
  return history;
}

const fixed = (value, digits) => (value === null || value === undefined ? '–' : value.toFixed(digits));

/** The "Before and after" section: jobgraph ÷ proxy (and ÷ Mesh), req/s and p50 per run. */
export function historySection(history) {
  const runs = history.runs ?? [];
  if (runs.length < 2) return '';
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.scenarios)))];
  const head = runs.map((run) => `${run.label}${run.finishedAt ? ` (${run.finishedAt.slice(0, 16)}Z)` : ''}`);
  const cell = (s) => {
    if (!s) return '–';
    const proxy = s.proxyRps ? `${fixed(s.jobgraphRps / s.proxyRps, 2)}× proxy` : null;
    const mesh = s.meshRps ? `${fixed(s.jobgraphRps / s.meshRps, 2)}× Mesh` : null;
    const cpu = s.jobgraphCpuMsPerRequest === null ? '' : `, ${fixed(s.jobgraphCpuMsPerRequest, 2)} ms CPU`;
    return `${[proxy, mesh].filter(Boolean).join(', ')}<br>${fixed(s.jobgraphRps, 1)} req/s, p50 ${s.jobgraphP50Ms} ms${cpu}`;
  };
  return [
    '## Before and after',
    '',
    `jobgraph in each recorded run (${historyPathOf('docs/benchmarks.md')}): its throughput against the proxy and Mesh measured in the same run, its own req/s, p50 and CPU per request, at the base concurrency (one connection for the jobs pages and the P4 pair) with no added latency. Runs differ in machine load, so compare the ratios more than the raw numbers. Since commit 988ad30 the proxy's EMR pages look the workspace up as jobgraph does (two calls); before, they made one.`,
    '',
    `| scenario | ${head.join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    ...names.map((name) => `| ${name} | ${runs.map((run) => cell(run.scenarios[name])).join(' | ')} |`),
    '',
    runs
      .map((run) => `- ${run.label}: ${run.settings}${run.commit ? `, commit ${run.commit}` : ''}.`)
      .join('\n'),
  ].join('\n');
}
