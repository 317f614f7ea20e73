/* global fetch, setTimeout, clearTimeout */
// Child processes of the bench (emulators, targets) and what /proc says about them.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Starts a process and resolves with it and the first JSON line it prints (or just it, when `json` is false). */
export function startChild(
  command,
  args,
  { env = {}, cwd, json = true, timeoutMs = 180_000, label, logPath },
) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  // The child's stderr, whole, for after the run (its last 4 KB also go into a start failure).
  if (logPath) child.stderr.pipe(createWriteStream(logPath));
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${label} did not start in ${timeoutMs} ms`)), timeoutMs);
    let buffered = '';
    const fail = (error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${stderr}`));
    };
    child.once('exit', (code) => fail(new Error(`${label} exited with ${code}`)));
    child.once('error', fail);
    if (!json) {
      clearTimeout(timer);
      child.stdout.resume();
      resolve({ child, line: null });
      return;
    }
    child.stdout.on('data', function onData(chunk) {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.trim().startsWith('{'));
      if (line === undefined) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, line: JSON.parse(line) });
    });
  });
}

/** Stops a child: SIGTERM, then SIGKILL after a grace period. */
export function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200. */
export async function waitForOk(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer 200 in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function children(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The process and its descendants (Hive Gateway may fork a worker). */
export function processTree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i += 1) all.push(...children(all[i]));
  return all;
}

/** CPU seconds (user + system) the tree has used so far. */
export function cpuSeconds(pid) {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

function statusField(pid, field) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident bytes of the tree now. */
export function rssBytes(pid) {
  return processTree(pid).reduce((sum, p) => sum + statusField(p, 'VmRSS'), 0);
}

/** Open sockets of the process (file descriptors that are sockets). */
export function openSockets(pid) {
  try {
    return readdirSync(`/proc/${pid}/fd`).filter((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:');
      } catch {
        return false;
      }
    }).length;
  } catch {
    return 0;
  }
}
