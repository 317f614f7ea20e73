/* global fetch */
// The three targets, each its own process on loopback: jobgraph (bin/jobgraph.js, production
// mode, a config file over the emulators), the hand-written proxy, and GraphQL Mesh on Hive Gateway.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort, startChild, stopChild, waitForOk } from './processes.mjs';

const require = createRequire(import.meta.url);

/**
 * jobgraph's config: demo mode's wiring (same instance ids, so global ids match) with the
 * per-tenant rate limit off (the bench is one client on purpose) and the cross-request cache off
 * unless `cache` (every request then makes its upstream calls, like the proxy and Mesh).
 */
function jobgraphConfig(root, endpoints, port, cache) {
  const { REGIONS } = require(join(root, 'dist/emulators/emr-serverless-spark/vocabulary.dataset.js'));
  const { METALAKE_BLUEPRINTS } = require(
    join(root, 'dist/emulators/gravitino/metalake-blueprint.dataset.js'),
  );
  const credentials = {
    type: 'access_key',
    accessKeyId: { env: 'BENCH_ALIBABA_KEY_ID' },
    accessKeySecret: { env: 'BENCH_ALIBABA_KEY_SECRET' },
  };
  const alibaba = (id, regionId, url) => ({ id, regionId, endpoint: url, credentials });
  return {
    server: { port, host: '127.0.0.1' },
    auth: { mode: 'none' },
    rateLimit: { enabled: false },
    cache: { enabled: cache },
    providers: {
      emrServerlessSpark: REGIONS.map(([region]) =>
        alibaba(`emr-${region}`, region, endpoints.emrServerlessSpark),
      ),
      paiDlc: [alibaba('pai', 'cn-hangzhou', endpoints.paiDlc)],
      sae: [alibaba('sae', 'cn-hangzhou', endpoints.sae)],
      gravitino: [
        {
          id: 'gravitino',
          url: endpoints.gravitino,
          metalakes: METALAKE_BLUEPRINTS.map((m) => m.name),
          auth: { type: 'simple', user: 'jobgraph' },
          version: 'auto',
        },
      ],
    },
  };
}

/** The four emulators in their own process (bench/emulators.mjs); resolves with it and their endpoints. */
export async function startEmulators({ root, latencyMs = 0 }) {
  const { child, line } = await startChild(
    process.execPath,
    [join(root, 'bench/emulators.mjs'), '--latency-ms', String(latencyMs)],
    { cwd: root, label: 'emulators' },
  );
  return { child, endpoints: line };
}

/** Node's own flags from BENCH_JOBGRAPH_NODE_ARGS (space-separated), to profile a cell by hand. */
const envNodeArgs = () => (process.env.BENCH_JOBGRAPH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/**
 * jobgraph in production mode; `cache: true` is the opt-in `jobgraph-cache` target. `nodeArgs`: flags
 * for node itself (the profiling pass passes --cpu-prof); by default BENCH_JOBGRAPH_NODE_ARGS.
 */
export async function startJobgraph({ root, work, endpoints, cache = false, nodeArgs = envNodeArgs() }) {
  const port = await freePort();
  const configPath = join(work, `jobgraph${cache ? '-cache' : ''}.yaml`);
  // YAML is a superset of JSON.
  await writeFile(configPath, JSON.stringify(jobgraphConfig(root, endpoints, port, cache), null, 2));
  const { child } = await startChild(
    process.execPath,
    [...nodeArgs, join(root, 'bin/jobgraph.js'), 'start'],
    {
      cwd: root,
      json: false,
      label: 'jobgraph',
      env: {
        NODE_ENV: 'production',
        JOBGRAPH_CONFIG: configPath,
        PORT: String(port),
        BENCH_ALIBABA_KEY_ID: 'jobgraph-emulator',
        BENCH_ALIBABA_KEY_SECRET: 'jobgraph-emulator-secret',
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/healthz`);
  return graphqlTarget(cache ? 'jobgraph-cache' : 'jobgraph', child, `${url}/graphql`);
}

/** The hand-written proxy (bench/proxy); `nodeArgs`: flags for node itself, as for jobgraph. */
export async function startProxy({ root, work, endpoints, nodeArgs = [] }) {
  const server = join(root, 'bench/proxy/proxy-server.mjs');
  const { child, line } = await startChild(process.execPath, [...nodeArgs, server], {
    cwd: root,
    label: 'proxy',
    logPath: join(work, 'proxy.stderr.log'),
    env: { NODE_ENV: 'production', BENCH_EMULATOR_ENDPOINTS: JSON.stringify(endpoints) },
  });
  return {
    name: 'proxy',
    child,
    pid: child.pid,
    url: line.url,
    /** autocannon requests for one operation of a scenario. */
    request: (scenario, index) => ({ method: 'GET', path: `/${scenario.name}/${index}` }),
    async call(scenario, index) {
      const response = await fetch(`${line.url}/${scenario.name}/${index}`);
      if (!response.ok) throw new Error(`proxy ${scenario.name}/${index} answered ${response.status}`);
      return response.json();
    },
    async setFacts(facts) {
      const response = await fetch(`${line.url}/_facts`, { method: 'POST', body: JSON.stringify(facts) });
      if (!response.ok) throw new Error('the proxy refused the facts');
    },
    stop: () => stopChild(child),
  };
}

/** Mesh: compose the Gravitino subgraph from its OpenAPI, then serve it with Hive Gateway. */
export async function startMesh({ root, work, endpoints, specDir }) {
  const { writeGravitinoSpec } = await import('./mesh/gravitino-spec.mjs');
  const spec = await writeGravitinoSpec(specDir, join(work, 'gravitino-spec'));
  const supergraph = join(work, 'supergraph.graphql');
  const compose = await startChild(
    process.execPath,
    [
      join(root, 'bench/node_modules/@graphql-mesh/compose-cli/esm/bin.js'),
      '-c',
      'mesh.config.mjs',
      '-o',
      supergraph,
    ],
    {
      // In bench/mesh, so that the config's imports resolve from bench/node_modules.
      cwd: join(root, 'bench/mesh'),
      json: false,
      label: 'mesh-compose',
      env: { BENCH_GRAVITINO_SPEC_JSON: spec, BENCH_GRAVITINO_URL: endpoints.gravitino },
    },
  );
  await new Promise((resolve, reject) =>
    compose.child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`mesh-compose exited with ${code}`)),
    ),
  );
  const port = await freePort();
  const gatewayBin = join(root, 'bench/node_modules/@graphql-hive/gateway/dist/bin.js');
  const { child } = await startChild(
    process.execPath,
    [gatewayBin, 'supergraph', supergraph, '--port', String(port), '--host', '127.0.0.1', '--fork', '1'],
    {
      cwd: work,
      json: false,
      label: 'hive-gateway',
      env: { NODE_ENV: 'production' },
      logPath: join(work, 'mesh.stderr.log'),
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/healthcheck`);
  return graphqlTarget('mesh', child, `${url}/graphql`);
}

function graphqlTarget(name, child, url) {
  const { pathname } = new URL(url);
  return {
    name,
    child,
    pid: child.pid,
    url,
    request: (scenario, index, operation) => ({
      method: 'POST',
      path: pathname,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(operation),
    }),
    /** One GraphQL read; resolves with `data`, rejects on errors. */
    async post(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors || !body.data)
        throw new Error(`${name}: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
      return body.data;
    },
    stop: () => stopChild(child),
  };
}
