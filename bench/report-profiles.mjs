// The "Profiles" section of docs/benchmarks.md: where jobgraph's and the proxy's CPU per request
// goes (bench/profile.mjs, bench/profile-summary.cjs), and, for each missed target, the categories
// that make the gap. Every number in it is computed from the run's results.
import { createRequire } from 'node:module';
import { baseConcurrency } from './settings.mjs';
import { cells } from './summary.mjs';

const require = createRequire(import.meta.url);
const { SCENARIOS } = require('./scenarios.cjs');
const singleProvider = new Set(SCENARIOS.filter((s) => s.provider).map((s) => s.name));

const row = (cellsList) => `| ${cellsList.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
const percent = (share) => `${(share * 100).toFixed(1)}%`;

/** ms with as many decimals as a value of its size needs. */
function ms(value) {
  if (value === null || value === undefined) return '–';
  const size = Math.abs(value);
  return value.toFixed(size < 1 ? 3 : size < 10 ? 2 : size < 100 ? 1 : 0);
}

const signed = (value) => `${value < 0 ? '−' : '+'}${ms(Math.abs(value))}`;

/** A category's name in prose: its label without the parenthesised detail. */
const shortName = (category) => category.label.replace(/ \(.*\)$/, '');

/** Per category: jobgraph's and the proxy's ms/req and shares, and the difference; largest difference first. */
function gapRows(profiled) {
  const { jobgraph, proxy } = profiled.targets;
  return jobgraph.categories
    .map((ours, i) => {
      const theirs = proxy.categories[i];
      return { ...ours, proxy: theirs, diff: ours.msPerRequest - theirs.msPerRequest };
    })
    .filter((c) => c.ms > 0 || c.proxy.ms > 0)
    .sort((a, b) => b.diff - a.diff);
}

function scenarioTable(profiled) {
  const { jobgraph, proxy } = profiled.targets;
  const total = jobgraph.busyMsPerRequest - proxy.busyMsPerRequest;
  return [
    `### ${profiled.scenario}`,
    '',
    `c=${profiled.connections}, ${profiled.requests.toLocaleString('en')} requests measured after ${profiled.warmup.toLocaleString('en')} of warm-up. Busy per request in the profile: jobgraph ${ms(jobgraph.busyMsPerRequest)} ms, the proxy ${ms(proxy.busyMsPerRequest)} ms (CPU from /proc over the same requests: ${ms(jobgraph.cpuMsPerRequest)} and ${ms(proxy.cpuMsPerRequest)} ms).`,
    '',
    '| category | jobgraph ms/req | jobgraph share | proxy ms/req | proxy share | jobgraph − proxy ms/req |',
    '|---|---|---|---|---|---|',
    ...gapRows(profiled).map((c) =>
      row([
        c.label,
        ms(c.msPerRequest),
        percent(c.share),
        ms(c.proxy.msPerRequest),
        percent(c.proxy.share),
        signed(c.diff),
      ]),
    ),
    row([
      '**busy, all categories**',
      ms(jobgraph.busyMsPerRequest),
      '100%',
      ms(proxy.busyMsPerRequest),
      '100%',
      signed(total),
    ]),
    '',
    `<details><summary>jobgraph's top ${jobgraph.top.length} self-time functions (${profiled.scenario})</summary>`,
    '',
    '| function | file | share of busy | ms/req |',
    '|---|---|---|---|',
    ...jobgraph.top.map((f) =>
      row([`\`${f.name}\``, `\`${f.file}\``, percent(f.share), ms(f.ms / jobgraph.requests)]),
    ),
    '',
    '</details>',
  ].join('\n');
}

/** "A +x ms/req (y% of the gap), B ..." for the `count` categories that add most to jobgraph's time over the proxy's. */
function largestParts(profiled, count = 4) {
  const gap = profiled.targets.jobgraph.busyMsPerRequest - profiled.targets.proxy.busyMsPerRequest;
  if (!(gap > 0)) return 'none (jobgraph is not the busier)';
  return gapRows(profiled)
    .filter((c) => c.diff > 0)
    .slice(0, count)
    .map((c) => `${shortName(c)} ${signed(c.diff)} ms/req (${percent(c.diff / gap)} of the gap)`)
    .join(', ');
}

/** jobgraph's `count` largest categories by its own time. */
function largestOwn(profiled, count = 4) {
  return [...profiled.targets.jobgraph.categories]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((c) => `${shortName(c)} ${ms(c.msPerRequest)} ms/req (${percent(c.share)})`)
    .join(', ');
}

function busyGap(profiled) {
  const { jobgraph, proxy } = profiled.targets;
  return `jobgraph is busy ${ms(jobgraph.busyMsPerRequest)} ms per request against the proxy's ${ms(proxy.busyMsPerRequest)} (${(jobgraph.busyMsPerRequest / proxy.busyMsPerRequest).toFixed(1)}×)`;
}

function p2Paragraph(profiles, cell, _latency, unprofiled) {
  const lines = profiles
    .filter((p) => singleProvider.has(p.scenario))
    .map((p) => {
      const [ours, theirs] = [cell(p.scenario, 'jobgraph'), cell(p.scenario, 'proxy')];
      const measured =
        ours && theirs ? ` (jobgraph at ${(ours.rps / theirs.rps).toFixed(2)}× the proxy's req/s)` : '';
      return `- ${p.scenario}${measured}: ${busyGap(p)}; the largest parts of the gap: ${largestParts(p)}.`;
    });
  if (lines.length === 0) return 'No single-provider scenario of P2 was profiled in this run.';
  const rest = unprofiled.length
    ? [
        '',
        `Below 0.5× too but not profiled (the same gateway path over another provider): ${unprofiled.join(', ')}.`,
      ]
    : [];
  return ['Where jobgraph spends the CPU the proxy does not, per profiled page:', '', ...lines, ...rest].join(
    '\n',
  );
}

function p3Paragraph(profiles, cell) {
  const gravitino = profiles.find((p) => p.scenario.startsWith('gravitino-'));
  if (!gravitino) return 'No Gravitino page was profiled in this run.';
  const ours = cell(gravitino.scenario, 'jobgraph');
  const mesh = cell(gravitino.scenario, 'mesh');
  if (!ours || !mesh)
    return `Mesh was not measured on ${gravitino.scenario} in this run; jobgraph's largest categories there: ${largestOwn(gravitino)}.`;
  const r = ours.rps / mesh.rps;
  const cut = 1 - r / 3;
  return `Mesh is not profiled (its CPU per request is in the tables above); jobgraph's own profile says what it would have to shed. On ${gravitino.scenario} jobgraph serves ${r.toFixed(2)}× Mesh's req/s; with throughput bound by CPU, 3× needs ${percent(cut)} less CPU per request, ${ms(cut * gravitino.targets.jobgraph.busyMsPerRequest)} of its ${ms(gravitino.targets.jobgraph.busyMsPerRequest)} busy ms/req in the profile. Its largest categories: ${largestOwn(gravitino)}; over the proxy's: ${largestParts(gravitino)}.`;
}

function p5Paragraph(profiles, cell, latency) {
  const jobs = profiles.find((p) => p.scenario === 'jobs-3-pages');
  if (!jobs) return 'jobs-3-pages was not profiled in this run.';
  const p50 = cell('jobs-3-pages', 'jobgraph', 1)?.p50;
  const slowest = Math.max(...Object.values(latency.sourceReads ?? {}));
  const busy = jobs.targets.jobgraph.busyMsPerRequest;
  const timing =
    p50 && Number.isFinite(slowest)
      ? `Its p50 is ${ms(p50)} ms against a target of ${ms(1.5 * slowest)} ms (1.5× the slowest source read, ${ms(slowest)} ms); in the profile jobgraph's main thread is busy ${ms(busy)} ms of each page (${percent(busy / p50)} of the p50); the rest of the p50 is spent outside it, on the page's upstream calls (the emulators share the cores).`
      : `In the profile jobgraph is busy ${ms(busy)} ms per page.`;
  return `${timing} jobgraph's largest categories on a jobs page: ${largestOwn(jobs)}. The proxy (its own merge, bench/proxy) is busy ${ms(jobs.targets.proxy.busyMsPerRequest)} ms per page.`;
}

const PARAGRAPHS = { P2: p2Paragraph, P3: p3Paragraph, P5: p5Paragraph };

/** The section; `checks` are the run's P1..P6 verdicts. */
export function profilesSection(results, checks) {
  const pass = results.profiles;
  if (!pass || pass.scenarios.length === 0)
    return [
      '## Profiles',
      '',
      'Not run in this report: the profiling pass follows the measured cells of a full run (`BENCH_PROFILE=0` or `BENCH_QUICK=1` turn it off, `BENCH_PROFILE=1` forces it).',
    ].join('\n');
  const latency = results.latencies.find((l) => l.latencyMs === 0) ?? results.latencies[0];
  const c = latency ? cells(latency) : new Map();
  const base = (scenario) => pass.scenarios.find((p) => p.scenario === scenario)?.connections ?? 10;
  const cell = (scenario, target, conn = base(scenario)) => c.get(`${scenario}|${target}|${conn}`);
  // P2's other misses: single-provider scenarios under 0.5× the proxy that the pass did not profile.
  const unprofiled = [...singleProvider]
    .filter((name) => !pass.scenarios.some((p) => p.scenario === name))
    .map((name) => {
      const conn = baseConcurrency(results.settings);
      const [ours, theirs] = [cell(name, 'jobgraph', conn), cell(name, 'proxy', conn)];
      return { name, r: ours && theirs ? ours.rps / theirs.rps : null };
    })
    .filter((x) => x.r !== null && x.r < 0.5)
    .map((x) => `${x.name} ${x.r.toFixed(2)}×`);
  const windowed = pass.scenarios.every((p) => p.targets.jobgraph.windowed && p.targets.proxy.windowed);
  const parts = [
    '## Profiles',
    '',
    `After the measured cells (${pass.startedAt} to ${pass.finishedAt}), over fresh emulators at 0 ms: for each scenario below, jobgraph and then the proxy, each a fresh process under \`node --cpu-prof\`, sent a fixed number of requests after a warm-up (bench/profile.mjs). Each sample's time goes to the category of the frame it was taken in (bench/profile-summary.cjs; a native frame takes its caller's category; JSON.parse and JSON.stringify are found by the source line V8 inlined them on; Node's I/O plumbing, socket writes included, counts for whoever called it: the upstream client, the log, else serving the answers). ${windowed ? 'Only the samples taken while the measured requests ran count (the profile and the bench share the monotonic clock), divided by those requests;' : 'The whole profile counts, divided by the warm-up and measured requests together;'} idle, \`(program)\` and loading code (module loading, start-up) are left out. ms/req is the main thread's busy time per request; a sample also counts time the thread waited for a core, so on this shared machine it can exceed the CPU /proc reports, and the profiler costs some of its own: compare the shares, and jobgraph with the proxy, more than the absolute ms.`,
    '',
  ];
  for (const profiled of pass.scenarios) parts.push(scenarioTable(profiled), '');
  const missed = checks.filter((v) => v.verdict === 'missed' && PARAGRAPHS[v.id]);
  if (missed.length > 0) {
    parts.push('### What the profiles say about the missed targets', '');
    for (const v of missed)
      parts.push(
        `**${v.id}** (${v.text}). ${PARAGRAPHS[v.id](pass.scenarios, cell, latency, unprofiled)}`,
        '',
      );
  }
  return parts.join('\n');
}
