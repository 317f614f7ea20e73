/* global setInterval, clearInterval, setTimeout */
// P6: a soak of BENCH_SOAK_REQUESTS (default 100,000) requests against jobgraph (a cheap page, so
// the soak fits in minutes), sampling its resident memory and open sockets every second.
// Opt-in (BENCH_SOAK=1): it takes minutes.
import autocannon from 'autocannon';
import { createRequire } from 'node:module';
import { openSockets, rssBytes, stopChild } from './processes.mjs';
import { startEmulators, startJobgraph } from './targets.mjs';
import { clearCalls } from './upstream-calls.mjs';

const require = createRequire(import.meta.url);
const { SCENARIOS, discover } = require('./scenarios.cjs');

const SOAK_SCENARIO = 'gravitino-page-20';
const SOAK_CONNECTIONS = 10;

/** Runs the soak; resolves with the samples and the verdict inputs. */
export async function runSoak({ root, work, settings, log }) {
  log(`soak: ${settings.soakRequests} requests of ${SOAK_SCENARIO} at c=${SOAK_CONNECTIONS}`);
  const emulators = await startEmulators({ root });
  const { endpoints } = emulators;
  let jobgraph;
  try {
    jobgraph = await startJobgraph({ root, work, endpoints });
    const facts = await discover((query, variables) => jobgraph.post(query, variables));
    const scenario = SCENARIOS.find((s) => s.name === SOAK_SCENARIO);
    const [operation] = scenario.operations(facts);
    const samples = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      samples.push({
        s: (Date.now() - started) / 1000,
        rss: rssBytes(jobgraph.pid),
        sockets: openSockets(jobgraph.pid),
      });
      // The emulators' log would otherwise grow with the soak.
      clearCalls(endpoints).catch(() => undefined);
    }, 1000);
    let result;
    try {
      result = await autocannon({
        url: new URL(jobgraph.url).origin,
        connections: SOAK_CONNECTIONS,
        amount: settings.soakRequests,
        timeout: 60,
        requests: [jobgraph.request(scenario, 0, operation)],
      });
    } finally {
      clearInterval(sampler);
    }
    // After the load: idle sockets must close again.
    await new Promise((r) => setTimeout(r, 6000));
    const after = { rss: rssBytes(jobgraph.pid), sockets: openSockets(jobgraph.pid) };
    return {
      scenario: SOAK_SCENARIO,
      connections: SOAK_CONNECTIONS,
      requests: settings.soakRequests,
      ok: result['2xx'],
      failed: result.non2xx + result.errors + result.timeouts,
      durationS: result.duration,
      samples,
      after,
    };
  } finally {
    await jobgraph?.stop();
    await stopChild(emulators.child);
  }
}
