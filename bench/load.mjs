/* global setInterval, clearInterval */
// One measurement: autocannon against one target for one scenario at one concurrency, with the
// target's CPU time and resident memory read from /proc around it.
import autocannon from 'autocannon';
import { cpuSeconds, rssBytes } from './processes.mjs';

/** Runs the load; resolves with throughput, latencies, errors, CPU per request and peak RSS. */
export async function measure(target, scenario, operations, { connections, durationS }) {
  const cpuBefore = cpuSeconds(target.pid);
  let peakRss = rssBytes(target.pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssBytes(target.pid));
  }, 250);
  const { origin } = new URL(target.url);
  try {
    const result = await autocannon({
      url: origin,
      connections,
      duration: durationS,
      timeout: 60,
      // Each connection cycles through the scenario's operations (the jobs pages in order).
      requests: operations.map((operation, index) => target.request(scenario, index, operation)),
    });
    const cpu = cpuSeconds(target.pid) - cpuBefore;
    const ok = result['2xx'];
    return {
      ok,
      failed: result.non2xx + result.errors + result.timeouts,
      rps: ok / durationS,
      p50: result.latency.p50,
      p99: result.latency.p99,
      cpuMsPerRequest: ok > 0 ? (cpu * 1000) / ok : null,
      peakRss,
    };
  } finally {
    clearInterval(sampler);
  }
}
