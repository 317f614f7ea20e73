/* global fetch, setTimeout */
// Upstream calls as the emulators logged them (GET/DELETE /_emulator/requests).

/** Clears every emulator's request log. */
export async function clearCalls(endpoints) {
  await Promise.all(
    Object.values(endpoints).map((url) => fetch(`${url}/_emulator/requests`, { method: 'DELETE' })),
  );
}

/**
 * Waits until no upstream call arrives for `quietMs` (up to `maxMs`): requests a load run left in
 * flight inside a target go on calling upstream after autocannon stops, and would slow the next run.
 */
export async function waitForQuiet(endpoints, { quietMs = 400, maxMs = 120_000 } = {}) {
  const until = Date.now() + maxMs;
  for (;;) {
    await clearCalls(endpoints);
    await new Promise((r) => setTimeout(r, quietMs));
    if (totalCalls(await countCalls(endpoints)) === 0 || Date.now() > until) return;
  }
}

/** The logged calls by provider and operation, leaving out providers with none. */
export async function countCalls(endpoints) {
  const counts = {};
  for (const [provider, url] of Object.entries(endpoints)) {
    const { requests } = await (await fetch(`${url}/_emulator/requests`)).json();
    for (const entry of requests) {
      const byOperation = (counts[provider] ??= {});
      byOperation[entry.operation ?? '?'] = (byOperation[entry.operation ?? '?'] ?? 0) + 1;
    }
  }
  return counts;
}

/** The total of a CallCounts. */
export function totalCalls(counts) {
  return Object.values(counts).reduce((sum, ops) => sum + Object.values(ops).reduce((a, b) => a + b, 0), 0);
}

/** "emr ListJobRuns 20, pai ListJobs 1" */
export function describeCalls(counts) {
  const short = { emrServerlessSpark: 'emr', paiDlc: 'pai', sae: 'sae', gravitino: 'gravitino' };
  return Object.entries(counts)
    .flatMap(([provider, ops]) =>
      Object.entries(ops).map(([op, n]) => `${short[provider] ?? provider} ${op} ${n}`),
    )
    .join(', ');
}
