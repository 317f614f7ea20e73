// `npm run bench` (issue 13): jobgraph, a hand-written direct-REST proxy and GraphQL Mesh on Hive
// Gateway, side by side over the same emulators (--scale large), with 0 and 30 ms added latency.
// Writes docs/benchmarks.md and docs/benchmarks.svg. Settings: bench/settings.mjs (env BENCH_*).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = resolve(bench, '..');
const require = createRequire(import.meta.url);

const DEPENDENCIES = [
  'autocannon',
  'undici',
  'yaml',
  '@alicloud/openapi-core',
  '@graphql-hive/gateway',
  '@graphql-mesh/compose-cli',
  '@omnigraph/openapi',
];

function checkDependencies() {
  const missing = DEPENDENCIES.filter(
    (name) => !existsSync(join(bench, 'node_modules', name, 'package.json')),
  );
  if (missing.length === 0) return;
  process.stderr.write(
    `bench: its own dependencies are not installed (${missing.join(', ')}).\n` +
      'Run this once from the repository root, then npm run bench again:\n\n    npm ci --prefix bench\n\n',
  );
  process.exit(1);
}

function ensureBuild(force) {
  if (!force && existsSync(join(root, 'dist/cli/jobgraph.js'))) return;
  process.stderr.write('bench: building jobgraph (npm run build)\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// BENCH_REPORT_FROM=results.json: write the report again from a run's raw results (no measuring).
if (process.env.BENCH_REPORT_FROM) {
  const { readFile } = await import('node:fs/promises');
  const { writeReport } = await import('./report.mjs');
  const saved = JSON.parse(await readFile(process.env.BENCH_REPORT_FROM, 'utf8'));
  await writeReport(saved, resolve(root, process.env.BENCH_OUTPUT ?? saved.settings.output));
  process.exit(0);
}

checkDependencies();
const { readSettings } = await import('./settings.mjs');
const settings = readSettings();
ensureBuild(settings.build);

const { runLatency } = await import('./run-latency.mjs');
const { runSoak } = await import('./soak.mjs');
const { runProfiles } = await import('./profile.mjs');
const { writeReport } = await import('./report.mjs');

const version = (name, base = bench) => {
  try {
    return require(join(base, 'node_modules', name, 'package.json')).version;
  } catch {
    return 'n/a';
  }
};

// Generated configs, logs and the raw results: outside the repository, so nothing of a run is linted or committed.
const work = process.env.BENCH_WORK_DIR ?? join(tmpdir(), 'jobgraph-bench');
await mkdir(work, { recursive: true });
const results = {
  startedAt: new Date().toISOString(),
  settings,
  machine: {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    npm: spawnSync('npm', ['-v'], { encoding: 'utf8' }).stdout.trim(),
    loadAverageAtStart: loadavg(),
  },
  versions: {
    jobgraph: require(join(root, 'package.json')).version,
    // What dist/ was built from is not recorded; the checkout's commit at the start of the run is.
    'jobgraph commit':
      spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).stdout.trim() ||
      'n/a',
    '@apollo/server': version('@apollo/server', root),
    graphql: version('graphql', root),
    ...Object.fromEntries(
      [
        'autocannon',
        'undici',
        '@alicloud/openapi-core',
        '@graphql-hive/gateway',
        '@graphql-mesh/compose-cli',
        '@omnigraph/openapi',
      ].map((name) => [`${name} (bench)`, version(name)]),
    ),
  },
  latencies: [],
  soak: null,
  profiles: null,
};

const log = (line) => process.stderr.write(`bench: ${line}\n`);
for (const latencyMs of settings.latencies) {
  results.latencies.push(await runLatency({ root, work, settings, latencyMs, log }));
  await writeFile(join(work, 'results.json'), JSON.stringify(results, null, 2));
}
// After every measured cell: the profiler costs CPU, so it never runs beside one.
if (settings.profile) results.profiles = await runProfiles({ root, work, settings, log });
if (settings.soak) results.soak = await runSoak({ root, work, settings, log });
results.finishedAt = new Date().toISOString();
results.machine.loadAverageAtEnd = loadavg();
await writeFile(join(work, 'results.json'), JSON.stringify(results, null, 2));
await writeReport(results, resolve(root, settings.output));
log(
  `wrote ${settings.output} and ${settings.output.replace(/\.md$/, '.svg')}; raw results in ${join(work, 'results.json')}`,
);
