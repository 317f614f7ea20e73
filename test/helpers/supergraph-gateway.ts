import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The real Hive Gateway CLI from node_modules (what `npx hive-gateway` runs), started with plain node. */
const HIVE_GATEWAY_BIN = join(
  __dirname,
  '..',
  '..',
  'node_modules',
  '@graphql-hive',
  'gateway',
  'dist',
  'bin.js',
);
const CONFIG = join(__dirname, 'supergraph-gateway.config.ts');

/** A Hive Gateway process serving a supergraph file. */
export interface SupergraphGateway {
  /** e.g. http://127.0.0.1:PORT/graphql */
  readonly url: string;
  /** What the process printed so far (for a failing test's message). */
  output(): string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Whether the gateway answers its readiness probe (it does once the supergraph is loaded). */
async function ready(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/readiness`);
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `hive-gateway supergraph <file> -c supergraph-gateway.config.ts` as its own process, as
 * an operator runs it; resolves once its readiness probe answers 200.
 */
export async function startSupergraphGateway(supergraphSdl: string): Promise<SupergraphGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'jobgraph-supergraph-'));
  const file = join(dir, 'supergraph.graphql');
  writeFileSync(file, supergraphSdl);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [HIVE_GATEWAY_BIN, 'supergraph', file, '-c', CONFIG, '--port', String(port), '--host', '127.0.0.1'],
    // Its logs are read only when a test fails; no colours, and no telemetry without Hive tokens.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const failed = new Promise<never>((_resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`hive-gateway exited with ${code}:\n${output}`)));
  });
  failed.catch(() => undefined);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let attempt = 0; !(await ready(origin)); attempt++) {
      if (attempt > 1800) throw new Error(`hive-gateway was not ready:\n${output}`);
      await Promise.race([new Promise((resolve) => setTimeout(resolve, 50)), failed]);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${origin}/graphql`, output: () => output, stop };
}
