import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../../src/cli/jobgraph';
import { parseManifest, sha256Hex } from '../../../src/server/persisted-queries/manifest';

/** Runs the CLI, capturing what it writes. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        out[key] += chunk.toString();
        done();
      },
    });
  const code = await main(argv, { stdout: sink('stdout'), stderr: sink('stderr') });
  return { code, ...out };
}

describe('jobgraph manifest', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'jobgraph-manifest-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints a valid safelist manifest of every named operation in test/operations', async () => {
    const file = join(__dirname, '../../operations/sae.graphql');
    const { code, stdout } = await run(['manifest', file]);
    expect(code).toBe(0);
    const manifest = parseManifest(stdout, 'stdout');
    expect(manifest.operations.length).toBeGreaterThan(3);
    for (const operation of manifest.operations) {
      expect(operation.id).toBe(sha256Hex(operation.body));
      expect(operation.type).toBe('query');
    }
  }, 30_000);

  it('refuses an operation the schema does not accept, naming it (exit 2)', async () => {
    const file = join(scratch, 'bad.graphql');
    writeFileSync(file, 'query Broken { noSuchField }');
    const { code, stderr } = await run(['manifest', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('operation Broken is invalid');
  }, 30_000);

  it('refuses a file that is not GraphQL, and no files at all (exit 2)', async () => {
    const file = join(scratch, 'not.graphql');
    writeFileSync(file, '{ unclosed');
    expect((await run(['manifest', file])).stderr).toContain('is not a GraphQL document');
    expect((await run(['manifest'])).code).toBe(2);
  }, 30_000);
});
