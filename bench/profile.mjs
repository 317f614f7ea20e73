// The profiling pass of `npm run bench` (issue 13: every missed target named "with the profile that
// explains it"): jobgraph and the proxy, each under --cpu-prof, under a fixed number of requests of
// a scenario, after the measured cells (the profiler costs CPU, so it never runs beside them).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cpuSeconds, stopChild } from './processes.mjs';
import { summariseProfile } from './profile-summary.cjs';
import { startEmulators, startJobgraph, startProxy } from './targets.mjs';

const require = createRequire(import.meta.url);
const { SCENARIOS, discover } = require('./scenarios.cjs');

/**
 * The profiled scenarios: one page of each kind of upstream the missed P2 cells read, and P5's jobs
 * pages. Request counts are fixed (not a duration) so that two targets do the same work; sized so
 * the whole pass stays near two minutes on the shared 2-core box.
 */
export const PROFILED = {
  'gravitino-page-20': { connections: 10, warmup: 200, requests: 2000 },
  'sae-page-20': { connections: 10, warmup: 200, requests: 2000 },
  'emrServerlessSpark-page-20': { connections: 10, warmup: 200, requests: 2000 },
  // P5 reads the jobs pages at c=1 (as the measured cells do); each request makes ~100 upstream
  // calls. Multiples of the three pages, so that each is read as often.
  'jobs-3-pages': { connections: 1, warmup: 3, requests: 15 },
};

const PROFILED_TARGETS = { jobgraph: startJobgraph, proxy: startProxy };

/** `amount` requests of the scenario's operations, cycled by each connection; resolves with the 2xx count. */
async function load(target, scenario, operations, connections, amount) {
  const result = await autocannon({
    url: new URL(target.url).origin,
    connections,
    amount,
    timeout: 60,
    requests: operations.map((operation, index) => target.request(scenario, index, operation)),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${target.name} ${scenario.name}: ${failed} of ${amount} requests failed`);
  return result['2xx'];
}

/** The profile's clock: microseconds of CLOCK_MONOTONIC, like V8's sample timestamps on Linux. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** Lines of the scripts a profile names (file:// urls), for the JSON calls V8 inlines. */
function sourceLines() {
  const files = new Map();
  return (url, line) => {
    if (!url.startsWith('file://')) return undefined;
    if (!files.has(url)) {
      try {
        files.set(url, readFileSync(new URL(url), 'utf8').split('\n'));
      } catch {
        files.set(url, []);
      }
    }
    return files.get(url)[line - 1];
  };
}

/** The one .cpuprofile a process left in `dir` when it exited. */
async function readProfile(dir, label) {
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length !== 1)
    throw new Error(
      `${label}: expected one .cpuprofile in ${dir}, found ${files.length} (did it exit cleanly?)`,
    );
  return JSON.parse(await readFile(join(dir, files[0]), 'utf8'));
}

/** One target under one scenario: start it profiled, warm up, measure, stop it, summarise its profile. */
async function profileTarget({ root, work, endpoints, facts, scenario, name, plan, log }) {
  const dir = join(work, 'profiles', scenario.name, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // Its config and logs beside its profile, so the measured run's stay as they were.
  const target = await PROFILED_TARGETS[name]({
    root,
    work: dir,
    endpoints,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  let warmed;
  let measured;
  let cpuMs;
  let window;
  try {
    await target.setFacts?.(facts);
    const operations = scenario.operations(facts);
    warmed = await load(target, scenario, operations, plan.connections, plan.warmup);
    const cpuBefore = cpuSeconds(target.pid);
    window = { startUs: nowUs() };
    measured = await load(target, scenario, operations, plan.connections, plan.requests);
    window.endUs = nowUs();
    cpuMs = (cpuSeconds(target.pid) - cpuBefore) * 1000;
  } finally {
    // --cpu-prof writes the profile when the process exits; SIGTERM is each target's clean stop.
    await target.stop();
  }
  const profile = await readProfile(dir, `${name} ${scenario.name}`);
  const lineText = sourceLines();
  let summary = summariseProfile(profile, { requests: measured, window, lineText });
  // Should the profile's clock not be the bench's (it is on Linux), the whole profile over every
  // request sent: start-up is still excluded by its stacks, the warm-up is then averaged in.
  if (summary.busyMs === 0) summary = summariseProfile(profile, { requests: warmed + measured, lineText });
  const cpuMsPerRequest = cpuMs / measured;
  log(
    `profile ${scenario.name} ${name}: ${summary.busyMsPerRequest.toFixed(2)} ms/req in the profile, ${cpuMsPerRequest.toFixed(2)} ms/req CPU from /proc`,
  );
  return { ...summary, cpuMsPerRequest, window, profileDir: dir };
}

/**
 * The pass: emulators at 0 ms, the ids and cursors discovered once through an unprofiled jobgraph,
 * then per scenario jobgraph and the proxy, one after the other, each in a fresh profiled process.
 */
export async function runProfiles({ root, work, settings, log }) {
  const scenarios = SCENARIOS.filter(
    (s) => PROFILED[s.name] && (!settings.scenarios || settings.scenarios.includes(s.name)),
  );
  if (scenarios.length === 0) return null;
  log('profiling: starting the emulators (0 ms)');
  const emulators = await startEmulators({ root });
  const { endpoints } = emulators;
  const startedAt = new Date().toISOString();
  try {
    await mkdir(join(work, 'profiles'), { recursive: true });
    const discovery = await startJobgraph({ root, work: join(work, 'profiles'), endpoints, nodeArgs: [] });
    const facts = await discover((query, variables) => discovery.post(query, variables)).finally(() =>
      discovery.stop(),
    );
    const out = [];
    for (const scenario of scenarios) {
      const plan = PROFILED[scenario.name];
      const targets = {};
      for (const name of Object.keys(PROFILED_TARGETS))
        targets[name] = await profileTarget({ root, work, endpoints, facts, scenario, name, plan, log });
      out.push({ scenario: scenario.name, ...plan, targets });
    }
    return { startedAt, finishedAt: new Date().toISOString(), scenarios: out };
  } finally {
    await stopChild(emulators.child);
  }
}
