// One latency setting of the bench: emulators with that latency, the targets over them, then the
// checks (same items, upstream calls per query) and the rounds of load with the order rotated.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { measure } from './load.mjs';
import { probeP4 } from './p4-probe.mjs';
import { stopChild } from './processes.mjs';
import { timeSourceReads } from './source-reads.mjs';
import { startEmulators, startJobgraph, startMesh, startProxy } from './targets.mjs';
import { clearCalls, countCalls, waitForQuiet } from './upstream-calls.mjs';
import { SLOW_SCENARIOS, baseConcurrency, measuredAtOneConnection } from './settings.mjs';

const require = createRequire(import.meta.url);
const { SCENARIOS, P4_SCENARIOS, discover, minimumCalls } = require('./scenarios.cjs');

/** The concurrencies a scenario is measured at. */
function concurrenciesOf(scenario, settings) {
  if (measuredAtOneConnection(scenario.name)) return [1];
  return settings.sweepScenarios.includes(scenario.name)
    ? settings.concurrencies
    : [baseConcurrency(settings)];
}

const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

/** Every jobId in a Gravitino answer of jobgraph or of Mesh, sorted. */
function gravitinoJobIds(data) {
  const jobs = data.gravitinoJobs?.nodes ?? data.listJobs?.jobs ?? [];
  return jobs.map((job) => job.jobId).sort();
}

async function callsPerQuery(targets, scenarios, facts, endpoints, meshScenarios) {
  const rows = [];
  for (const scenario of scenarios) {
    const operations = scenario.operations(facts);
    for (const [index, operation] of operations.entries()) {
      await clearCalls(endpoints);
      const data = await targets.jobgraph.post(operation.query, operation.variables);
      const jobgraphCalls = await countCalls(endpoints);
      const minimum = minimumCalls(scenario, index, facts, data);
      rows.push({ scenario: scenario.name, op: index, target: 'jobgraph', calls: jobgraphCalls, minimum });
      const others = {
        proxy: targets.proxy && (() => targets.proxy.call(scenario, index)),
        mesh:
          targets.mesh &&
          meshScenarios.has(scenario.name) &&
          (() => targets.mesh.post(scenario.mesh(facts).query, scenario.mesh(facts).variables)),
      };
      for (const [target, call] of Object.entries(others)) {
        if (!call) continue;
        await clearCalls(endpoints);
        // A failed call is reported as such; the run goes on.
        const error = await call().then(
          () => null,
          (failure) => String(failure?.message ?? failure).slice(0, 200),
        );
        rows.push({
          scenario: scenario.name,
          op: index,
          target,
          calls: await countCalls(endpoints),
          minimum,
          error,
        });
      }
    }
  }
  await clearCalls(endpoints);
  return rows;
}

/** Where Mesh can express the scenario AND answers the same items as jobgraph. */
async function checkMesh(targets, scenarios, facts) {
  const checks = [];
  for (const scenario of scenarios.filter((s) => s.mesh)) {
    const [operation] = scenario.operations(facts);
    const meshOperation = scenario.mesh(facts);
    const ours = gravitinoJobIds(await targets.jobgraph.post(operation.query, operation.variables));
    const theirs = gravitinoJobIds(await targets.mesh.post(meshOperation.query, meshOperation.variables));
    checks.push({
      scenario: scenario.name,
      same: ours.length > 0 && JSON.stringify(ours) === JSON.stringify(theirs),
      jobgraphItems: ours.length,
      meshItems: theirs.length,
    });
  }
  return checks;
}

/** Runs everything at one added latency; resolves with its results. */
export async function runLatency({ root, work, settings, latencyMs, log }) {
  log(`latency ${latencyMs} ms: starting the emulators (scale large)`);
  const emulators = await startEmulators({ root, latencyMs });
  const { endpoints } = emulators;
  const targets = {};
  try {
    log('starting the targets');
    targets.jobgraph = await startJobgraph({ root, work, endpoints });
    if (settings.targets.includes('jobgraph-cache'))
      targets['jobgraph-cache'] = await startJobgraph({ root, work, endpoints, cache: true });
    if (settings.targets.includes('proxy')) targets.proxy = await startProxy({ root, work, endpoints });
    if (settings.targets.includes('mesh'))
      targets.mesh = await startMesh({
        root,
        work,
        endpoints,
        specDir: process.env.BENCH_GRAVITINO_SPEC ?? resolve(root, '../shared/specs/gravitino/main'),
      });
    log('discovering ids and cursors through jobgraph');
    const facts = await discover((query, variables) => targets.jobgraph.post(query, variables));
    await targets.proxy?.setFacts(facts);
    const scenarios = [...SCENARIOS, ...P4_SCENARIOS].filter(
      (s) => !settings.scenarios || settings.scenarios.includes(s.name),
    );
    const meshChecks = targets.mesh ? await checkMesh(targets, scenarios, facts) : [];
    const meshScenarios = new Set(meshChecks.filter((c) => c.same).map((c) => c.scenario));
    log('counting upstream calls per query');
    const calls = await callsPerQuery(targets, scenarios, facts, endpoints, meshScenarios);
    const sourceReads = await timeSourceReads(endpoints, facts);
    const runs = [];
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const scenario of scenarios) {
        const operations = scenario.operations(facts);
        const names = Object.keys(targets).filter(
          (name) => name !== 'mesh' || meshScenarios.has(scenario.name),
        );
        for (const connections of concurrenciesOf(scenario, settings)) {
          for (const name of rotate(names, round)) {
            const ops = name === 'mesh' ? [scenario.mesh(facts)] : operations;
            const durationS = Math.max(settings.durationS, SLOW_SCENARIOS[scenario.name] ?? 0);
            const result = await measure(targets[name], scenario, ops, { connections, durationS });
            runs.push({ round, scenario: scenario.name, target: name, connections, ...result });
            log(
              `round ${round + 1} ${scenario.name} c=${connections} ${name}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.failed ? `, ${result.failed} failed` : ''}`,
            );
            // Lets the requests still in flight inside the target finish, and keeps the logs short.
            await waitForQuiet(endpoints);
          }
        }
      }
    }
    // P4 is judged at 0 ms added latency only (as P2 to P5 are).
    const p4Probe =
      latencyMs === 0 && scenarios.some((s) => s.name.startsWith('p4-'))
        ? await probeP4(targets, facts)
        : null;
    if (p4Probe?.jobgraph)
      log(
        `P4 probe: jobgraph p50 ${p4Probe.jobgraph.largest.p50.toFixed(2)} ms (largest) vs ${p4Probe.jobgraph.small.p50.toFixed(2)} ms (small)`,
      );
    return {
      latencyMs,
      meshChecks,
      calls,
      sourceReads,
      runs,
      p4Probe,
      facts: { p4Workspaces: facts.p4Workspaces },
    };
  } finally {
    for (const target of Object.values(targets)) await target.stop();
    await stopChild(emulators.child);
  }
}
