import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { Socket } from 'node:net';
import { freePort } from './free-port';
import { delimiter, join } from 'node:path';

/** A redis-server this test started on loopback, with nothing persisted. */
export interface RunningRedis {
  readonly url: string;
  readonly port: number;
  /** Kills the server at once (SIGKILL): Redis going away mid-run. */
  kill(): Promise<void>;
  /** Stops it (idempotent). */
  stop(): Promise<void>;
}

/** The redis-server binary: REDIS_SERVER_PATH, else the first on PATH; undefined when there is none. */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    ...(env.REDIS_SERVER_PATH ? [env.REDIS_SERVER_PATH] : []),
    ...(env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'redis-server')),
  ];
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `redis-server` on a free loopback port (or on `port`: the same server coming back after
 * a stop) without persistence; resolves once it accepts connections.
 */
export async function startRedisServer(binary = findRedisServer(), onPort?: number): Promise<RunningRedis> {
  if (!binary) throw new Error('redis-server not found (set REDIS_SERVER_PATH or install redis-server)');
  const port = onPort ?? (await freePort());
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const failed = new Promise<never>((_resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code} before it was ready`)));
  });
  failed.catch(() => undefined);
  for (let attempt = 0; !(await accepts(port)); attempt++) {
    if (attempt > 200) {
      child.kill('SIGKILL');
      throw new Error('redis-server did not accept connections');
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 25)), failed]);
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited(child);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => stopWith('SIGKILL'),
    stop: () => stopWith('SIGTERM'),
  };
}

/**
 * `describe` for a suite that needs a real redis-server. Without one it is skipped with one loud
 * line on stderr, so `npm test` passes on a machine without Redis; JOBGRAPH_REQUIRE_REDIS=1 (set
 * by .ci/run) makes that a failure, so CI never goes green without having run them.
 */
export function describeWithRedis(title: string, body: () => void, binary = findRedisServer()): void {
  if (binary) {
    describe(title, body);
    return;
  }
  const reason = 'no redis-server found (set REDIS_SERVER_PATH or install redis-server)';
  if (process.env.JOBGRAPH_REQUIRE_REDIS === '1') {
    describe(title, () => {
      it('has a redis-server to run against (JOBGRAPH_REQUIRE_REDIS=1)', () => {
        throw new Error(`JOBGRAPH_REQUIRE_REDIS=1 but ${reason}`);
      });
    });
    return;
  }
  // Straight to stderr: jest drops the console output of a file whose tests are all skipped.
  process.stderr.write(`SKIPPED Redis suite "${title}": ${reason}\n`);
  describe.skip(title, body);
}
