import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/**
 * Runs the built CLI with stdout on a pipe whose reader starts late, as a slow `| diff` or `| less`
 * does: by then the CLI has filled the pipe's 64 KiB and the rest of its output waits in Node's
 * queue, which process.exit() used to throw away.
 */
function runPiped(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const cli = [process.execPath, join(root, 'bin/jobgraph.js'), ...args]
      .map((part) => `'${part}'`)
      .join(' ');
    const child = spawn('/bin/bash', ['-c', `set -o pipefail; ${cli} | (sleep 2; cat)`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('the CLI on a pipe', () => {
  // process.exit() right after a large write to a pipe used to cut the output at 64 KiB.
  it.each([
    [['schema'], 'schema.graphql'],
    [['schema', '--federation'], 'subgraph.graphql'],
  ])(
    'jobgraph %j prints all of %s and exits 0',
    async (args, file) => {
      const { code, stdout } = await runPiped(args);
      expect(code).toBe(0);
      expect(stdout).toBe(readFileSync(join(root, file), 'utf8'));
    },
    30_000,
  );
});
