// P5's yardstick: how long each single upstream read a `jobs` page needs takes, called directly
// (one at a time, the same official runtime and undici as the proxy); P5 compares the page to the slowest.
import { performance } from 'node:perf_hooks';
import {
  EMR_REGIONS,
  decode,
  emrRegionOf,
  listJobRuns,
  listWorkspaces,
  paiListJobs,
  saeListJobs,
} from './proxy/scenario-handlers.mjs';
import { Upstream } from './proxy/upstream.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median time (ms) of each source read, over `times` sequential calls. */
export async function timeSourceReads(endpoints, facts, times = 15) {
  const up = new Upstream(endpoints);
  const { instance, keys } = decode(facts.p4Workspaces.largest.id);
  const reads = {
    'emr ListWorkspaces (100)': () => listWorkspaces(up, EMR_REGIONS[0], 100),
    'emr ListJobRuns (20)': () => listJobRuns(up, emrRegionOf(instance), keys[0], 20),
    'pai ListJobs (20)': () => paiListJobs(up, { PageSize: 20, SortBy: 'GmtCreateTime', Order: 'desc' }),
    'sae ListJobs (200)': () => saeListJobs(up, { PageSize: 200 }),
    ...Object.fromEntries(
      facts.jobSources.gravitinoMetalakeNames.map((m) => [
        `gravitino listJobs ${m} (whole)`,
        () => up.gravitino(`/metalakes/${m}/jobs/runs`),
      ]),
    ),
  };
  const results = {};
  try {
    for (const [name, read] of Object.entries(reads)) {
      const samples = [];
      for (let i = 0; i < times; i += 1) {
        const started = performance.now();
        await read();
        samples.push(performance.now() - started);
      }
      results[name] = median(samples);
    }
  } finally {
    await up.close();
  }
  return results;
}
