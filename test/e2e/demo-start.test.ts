import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getRequestLog, resetEmulator } from '../helpers/emulator-hooks';

const root = join(__dirname, '..', '..');

/** One sample per root field, as a user of `npm start` would send them. */
const SAMPLES: Record<string, string> = {
  workspaces:
    '{ workspaces(first: 2) { totalCount nodes { id workspaceName jobRuns(first: 2) { nodes { id name status } } } } }',
  paiJobs: '{ paiJobs(first: 2) { totalCount nodes { id displayName status pods { podId } } } }',
  saeJobTemplates:
    '{ saeJobTemplates(first: 2) { totalCount nodes { id appName executions(first: 2) { nodes { id status } } } } }',
  gravitinoJobs:
    '{ gravitinoJobs(metalake: "prod_lake", first: 2) { totalCount nodes { id status template { name } } } }',
  gravitinoJobTemplates: '{ gravitinoJobTemplates(metalake: "prod_lake", first: 2) { nodes { id name } } }',
  gravitinoMetalakes: '{ gravitinoMetalakes(first: 5) { nodes { name instance } } }',
  jobs: '{ jobs(first: 5) { nodes { id provider name status createdAt } sources { provider status } } }',
};

/** Waits until the child's whole stdout so far (`read()`) matches `pattern`. */
function waitForOutput(
  child: ChildProcessWithoutNullStreams,
  read: () => string,
  pattern: RegExp,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const already = read().match(pattern);
    if (already) return resolve(already);
    const onData = () => {
      const match = read().match(pattern);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`jobgraph exited early (${code}): ${read()}`)));
  });
}

describe('npm start (jobgraph start) in demo mode, as a separate process', () => {
  let child: ChildProcessWithoutNullStreams;
  let output = '';
  let url = '';

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist', 'cli', 'jobgraph.js')))
      throw new Error('dist/ is missing: `npm ci` (or `npm run build`) builds it');
    child = spawn(process.execPath, [join(root, 'bin', 'jobgraph.js'), 'start'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0' },
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    url = (await waitForOutput(child, () => output, /GraphQL at (http:\/\/\S+\/graphql)/))[1] ?? '';
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('says it is demo mode first, then the URL, the emulator endpoints and a sample query', async () => {
    await waitForOutput(child, () => output, /try: curl/);
    const lines = output.trim().split('\n');
    expect(lines[0]).toMatch(/^jobgraph: demo mode/);
    expect(lines[1]).toContain(url);
    const endpoints = JSON.parse(lines[2]?.replace(/^jobgraph: emulators /, '') ?? '{}') as Record<
      string,
      string
    >;
    expect(Object.keys(endpoints).sort()).toEqual(['emrServerlessSpark', 'gravitino', 'paiDlc', 'sae']);
    expect(lines[3]).toMatch(/^jobgraph: try: curl/);
  });

  it.each(Object.entries(SAMPLES))(
    'answers the sample query of %s over the emulators',
    async (field, query) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data?.[field]).toBeTruthy();
    },
  );

  it("batches SAE template lookups, its SAE emulator taking comma-joined AppIds (demo's --sae-field-value comma-list)", async () => {
    const post = async (query: string) =>
      (await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json()) as {
        data?: { saeJobTemplates?: { nodes: { id: string }[] }; nodes?: unknown[] };
        errors?: unknown[];
      };
    const listed = await post('{ saeJobTemplates(first: 3) { nodes { id } } }');
    const ids = listed.data?.saeJobTemplates?.nodes.map((node) => node.id) ?? [];
    expect(ids).toHaveLength(3);
    const sae = (
      JSON.parse(output.split('\n')[2]?.replace(/^jobgraph: emulators /, '') ?? '{}') as { sae: string }
    ).sae;
    await resetEmulator(sae);
    const refetched = await post(`{ nodes(ids: ${JSON.stringify(ids)}) { id } }`);
    expect(refetched.errors).toBeUndefined();
    expect(refetched.data?.nodes).toHaveLength(3);
    const calls = await getRequestLog(sae, 'ListJobs');
    expect(calls.map((call) => call.query.FieldValue?.split(',').length)).toEqual([3]);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
