// P4 with sub-millisecond latencies. autocannon reports whole milliseconds, and at one connection the
// two first pages take 1-5 ms each, so one millisecond of noise moves the ratio by a third (the run of
// c3fc368 read 5 ms against 3 while the proxy, making the same calls at the same time, read 2 against
// 1). Here the two first pages alternate request by request, so a change in the machine's load hits
// both alike, and each request is timed with performance.now().
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { median } from './summary.mjs';

const require = createRequire(import.meta.url);
const { P4_SCENARIOS } = require('./scenarios.cjs');

const WARMUP = 50;
const REQUESTS = 400;

/** How one target reads operation 0 of a P4 scenario: GraphQL for jobgraph, the proxy's own path. */
function reader(target, scenario, facts) {
  const operation = scenario.operations(facts)[0];
  return target.post
    ? () => target.post(operation.query, operation.variables)
    : () => target.call(scenario, 0);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** `{ largest, small }`: p50/p90 ms and request counts of each first page, alternated, for one target. */
async function probeTarget(target, facts) {
  const [largest, small] = P4_SCENARIOS.map((scenario) => ({
    name: scenario.name.replace('p4-first-page-', ''),
    read: reader(target, scenario, facts),
    times: [],
  }));
  for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
    // Which page goes first alternates too, so neither always follows the other.
    for (const page of i % 2 ? [small, largest] : [largest, small]) {
      const started = performance.now();
      await page.read();
      if (i >= WARMUP) page.times.push(performance.now() - started);
    }
  }
  const stats = (page) => {
    const sorted = [...page.times].sort((a, b) => a - b);
    return { p50: median(sorted), p90: quantile(sorted, 0.9), requests: sorted.length };
  };
  return { largest: stats(largest), small: stats(small) };
}

/** The probe for jobgraph and, when it runs, the proxy (the same upstream calls: its ratio is the upstream's own). */
export async function probeP4(targets, facts) {
  const out = {};
  for (const name of ['jobgraph', 'proxy'])
    if (targets[name]) out[name] = await probeTarget(targets[name], facts);
  return out;
}
