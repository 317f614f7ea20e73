import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getRequestLog, postFaults } from '../helpers/emulator-hooks';

const root = join(__dirname, '..', '..');

/** One PAI ListJobs call: the one call the emulator is told to hold. */
const SLOW_QUERY = '{ paiJobs(first: 1) { nodes { id displayName } } }';

/**
 * Long enough that the steps below (SIGTERM, a few probes, one refused request) run while the
 * call is held, under the demo's 5 s attempt timeout. Nothing asserts on it: each step waits for
 * an event (the call logged, /readyz saying 503), never for a time.
 */
const HOLD_MS = 4_000;

function waitForOutput(child: ChildProcessWithoutNullStreams, read: () => string, pattern: RegExp) {
  return new Promise<RegExpMatchArray>((resolve, reject) => {
    const check = () => {
      const match = read().match(pattern);
      if (!match) return;
      child.stdout.off('data', check);
      resolve(match);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`jobgraph exited early (${code}): ${read()}`)));
    check();
  });
}

/** Polls until `probe` says yes; the test's own timeout bounds it. */
async function until(probe: () => Promise<boolean>): Promise<void> {
  while (!(await probe())) await new Promise((resolve) => setTimeout(resolve, 20));
}

function post(url: string, query: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

describe('graceful drain of `jobgraph start` on SIGTERM, as a separate process', () => {
  let child: ChildProcessWithoutNullStreams;
  let output = '';
  let errors = '';

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  });

  it('lets the slow request in flight finish with data, answers /readyz 503 and refuses a late request with SHUTTING_DOWN, then exits 0', async () => {
    if (!existsSync(join(root, 'dist', 'cli', 'jobgraph.js')))
      throw new Error('dist/ is missing: `npm ci` (or `npm run build`) builds it');
    child = spawn(process.execPath, [join(root, 'bin', 'jobgraph.js'), 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0' },
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = (await waitForOutput(child, () => output, /GraphQL at (http:\/\/\S+\/graphql)/))[1] ?? '';
    const endpoints = (await waitForOutput(child, () => output, /jobgraph: emulators (\{.*\})/))[1] ?? '{}';
    const pai = (JSON.parse(endpoints) as { paiDlc: string }).paiDlc;
    const readyz = url.replace(/\/graphql$/, '/readyz');
    expect((await fetch(readyz)).status).toBe(200);

    await postFaults(pai, { operation: 'ListJobs', times: 1, kind: 'delay', ms: HOLD_MS });
    const slow = post(url, SLOW_QUERY);
    // The held call has reached the emulator: the request is in flight.
    await until(async () => (await getRequestLog(pai, 'ListJobs')).some((call) => call.fault === 'delay'));

    child.kill('SIGTERM');
    await until(async () => (await fetch(readyz)).status === 503);
    expect(await (await fetch(readyz)).json()).toEqual({ status: 'draining' });

    const late = await post(url, SLOW_QUERY);
    expect(late.status).toBe(503);
    expect(late.headers.get('connection')).toBe('close');
    expect(await late.json()).toEqual({
      errors: [
        {
          message: 'The gateway is shutting down; retry the request on another instance.',
          extensions: { code: 'SHUTTING_DOWN' },
        },
      ],
    });
    // The late request reached no upstream: still only the held call.
    expect(await getRequestLog(pai, 'ListJobs')).toHaveLength(1);

    const finished = await slow;
    expect(finished.status).toBe(200);
    const body = (await finished.json()) as { data?: { paiJobs?: { nodes: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.paiJobs?.nodes).toHaveLength(1);

    expect(await exited).toBe(0);
    expect(errors).toMatch(/SIGTERM received, draining/);
  }, 60_000);
});
