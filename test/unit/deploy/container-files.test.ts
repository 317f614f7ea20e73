import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, print } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../../src/config/load-config';
import { argsOf, parseDockerfile, type Stage } from './dockerfile';

/**
 * The container files checked without a Docker engine (none runs here): the Dockerfile's
 * invariants (multi-stage, production dependencies only, not root, health check, the CLI's start),
 * what .dockerignore keeps out, and compose.yaml's two replicas on one Redis behind Hive Gateway,
 * with the config and supergraph files they mount. docs/deploy.md says what was run for real.
 */
const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('Dockerfile', () => {
  const dockerfile = parseDockerfile(read('Dockerfile'));
  const build = dockerfile.stages.find((stage) => stage.name === 'build') as Stage;
  const runtime = dockerfile.stages.at(-1) as Stage;
  const runs = (stage: Stage) => argsOf(stage, 'RUN').join('\n');

  it('builds in a build stage and ships a separate runtime stage, both on Node 20', () => {
    expect(dockerfile.stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(/^>=20\./);
    for (const stage of dockerfile.stages) expect(stage.image).toMatch(/^node:20[-.]/);
  });

  it('runs npm ci and the build in the build stage (through prepare, or explicitly)', () => {
    expect(runs(build)).toMatch(/\bnpm ci\b/);
    const prepare = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.prepare;
    const buildsThroughPrepare = !/--ignore-scripts/.test(runs(build)) && prepare === 'npm run build';
    expect(buildsThroughPrepare || /\bnpm run build\b/.test(runs(build))).toBe(true);
  });

  it('installs only production dependencies in the runtime stage, without the root prepare script', () => {
    expect(runs(runtime)).toMatch(/\bnpm ci --omit=dev --ignore-scripts\b/);
    expect(runs(runtime)).not.toMatch(/npm run build|tsc\b/);
    expect(argsOf(runtime, 'COPY').every((args) => args.startsWith('--from=build'))).toBe(true);
  });

  it('runs as a non-root user, with a health check on /healthz, the port exposed, and the CLI start as CMD', () => {
    const users = argsOf(runtime, 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    const order = runtime.instructions.map((each) => each.keyword);
    expect(order.indexOf('USER')).toBeLessThan(order.indexOf('CMD'));
    expect(order.lastIndexOf('RUN')).toBeLessThan(order.indexOf('USER'));
    const [healthcheck] = argsOf(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/\bCMD\b.*\/healthz/);
    expect(argsOf(runtime, 'EXPOSE')).toEqual(['4000']);
    expect(JSON.parse(argsOf(runtime, 'CMD')[0] ?? 'null')).toEqual(['node', 'bin/jobgraph.js', 'start']);
  });

  it('copies into the image only files the repository has (dist/ is what the build makes)', () => {
    const copied = /cp -r ([^&]+?) \/out\//.exec(runs(build))?.[1]?.split(/\s+/) ?? [];
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'bin', 'dist']));
    for (const path of copied.filter((each) => each !== 'dist'))
      expect(existsSync(join(ROOT, path))).toBe(true);
  });
});

describe('.dockerignore', () => {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const ignored = (name: string) => patterns.some((pattern) => pattern === name || pattern === `**/${name}`);

  it('keeps host dependencies, build output, git history and env files out of the build context', () => {
    for (const name of ['node_modules', 'dist', '.git', '.env']) expect(ignored(name)).toBe(true);
  });

  it('keeps in everything the build reads, workspaces included', () => {
    const workspaces = (JSON.parse(read('package.json')) as { workspaces?: string[] }).workspaces ?? [];
    const needed = [
      'src',
      'bin',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
    ];
    for (const name of [...needed, 'schema.graphql', 'subgraph.graphql', ...workspaces])
      expect(ignored(name)).toBe(false);
  });
});

describe('compose.yaml', () => {
  interface Service {
    image?: string;
    build?: string;
    environment?: Record<string, string>;
    volumes?: string[];
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
    networks?: { default?: { aliases?: string[] } };
    stop_grace_period?: string;
    command?: string[];
  }
  const compose = parseYaml(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;
  const replicas = ['jobgraph-1', 'jobgraph-2'].map((name) => services[name] as Service);
  /** The host file a service mounts at `target`. */
  const mounted = (service: Service, target: string) =>
    service.volumes?.map((volume) => volume.split(':')).find(([, inside]) => inside === target)?.[0];

  it('has redis, two jobgraph replicas built from this Dockerfile, and Hive Gateway, each with a health check', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'jobgraph-1', 'jobgraph-2', 'redis']);
    for (const replica of replicas) expect(replica.build).toBe('.');
    expect(services.gateway?.image).toMatch(/^ghcr\.io\/graphql-hive\/gateway(:|$)/);
    for (const service of Object.values(services)) expect(service.healthcheck?.test?.[0]).toBe('CMD');
    for (const replica of replicas) expect(replica.depends_on?.redis?.condition).toBe('service_healthy');
  });

  it('runs both replicas on one config file whose cache, APQ and rate limits share the one redis service', () => {
    const [first, second] = replicas as [Service, Service];
    expect(second.environment).toEqual(first.environment);
    const inside = first.environment?.JOBGRAPH_CONFIG ?? '';
    const file = mounted(first, inside);
    expect(file).toBeDefined();
    expect(mounted(second, inside)).toBe(file);
    // Compose's `${VAR:?...}` stands for the operator's value: one per variable, the same for both replicas.
    const env = Object.fromEntries(
      Object.entries(first.environment ?? {}).map(([name, value]) => [
        name,
        value.replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_whole, variable: string) =>
          `value-of-${variable}`.padEnd(32, '-'),
        ),
      ]),
    );
    const config = parseConfig(read(file ?? ''), env, file);
    expect(config.server.cursorSecret?.reveal()).toBe(env.JOBGRAPH_CURSOR_SECRET);
    const redisUrl = new URL(config.cache?.redis?.url ?? 'redis://none');
    expect(redisUrl.hostname).toBe('redis');
    expect(config.rateLimit.redis?.url).toBe(config.cache?.redis?.url);
    // A container listens beyond loopback, serves /subgraph, and drains within compose's stop grace.
    expect(config.server.host).toBe('0.0.0.0');
    expect(config.server.federation).toBe(true);
    expect(Number.parseInt(first.stop_grace_period ?? '0', 10) * 1000).toBeGreaterThan(
      config.server.drainGraceMs ?? Infinity,
    );
  });

  it('mounts into the gateway a supergraph composed from subgraph.graphql at the replicas\u2019 shared alias', () => {
    const gateway = services.gateway as Service;
    const supergraphFile = mounted(gateway, gateway.command?.[1] ?? '') ?? '';
    expect(supergraphFile).toBe('./deploy/compose/supergraph.graphql');
    expect(existsSync(join(ROOT, mounted(gateway, '/gateway/gateway.config.ts') ?? 'none'))).toBe(true);
    const checkedIn = read(supergraphFile);
    const url = /name: "jobgraph", url: "([^"]+)"/.exec(checkedIn)?.[1] ?? '';
    for (const replica of replicas)
      expect(replica.networks?.default?.aliases).toContain(new URL(url).hostname);
    const composed = composeServices([{ name: 'jobgraph', url, typeDefs: parse(read('subgraph.graphql')) }]);
    expect(composed.errors).toBeUndefined();
    // Stale after subgraph.graphql changed: run `node deploy/compose/compose-supergraph.mjs`.
    expect(print(parse(checkedIn))).toBe(print(parse(composed.supergraphSdl ?? '')));
  });
});
