import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'web');
const RELAY_COMPILER = join(ROOT, 'node_modules', '.bin', 'relay-compiler');

/** relay-compiler --validate: checks every document against the schema and the checked-in artifacts, writes nothing. */
function validate(cwd: string, config?: string): { status: number | null; output: string } {
  const run = spawnSync(RELAY_COMPILER, ['--validate', ...(config ? [config] : [])], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('relay-compiler over the dashboard (web/) and schema.graphql', () => {
  it('validates every query and fragment against schema.graphql, and the checked-in artifacts match them', () => {
    const { status, output } = validate(WEB);
    expect(output).not.toMatch(/ERROR/);
    expect(status).toBe(0);
  }, 60_000);

  it('fails, naming the fragment, when the schema drops a field the app reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobgraph-relay-'));
    try {
      // The same config as web/relay.config.json, on a schema without JobSource.error.
      const schema = readFileSync(join(ROOT, 'schema.graphql'), 'utf8');
      const broken = schema.replace(
        /\n[ ]+"""The first failure, when status is not OK."""\n[ ]+error: JobSourceError\n/,
        '\n',
      );
      expect(broken).not.toBe(schema);
      writeFileSync(join(dir, 'schema.graphql'), broken);
      const config = JSON.parse(readFileSync(join(WEB, 'relay.config.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      writeFileSync(
        join(dir, 'relay.config.json'),
        JSON.stringify({
          ...config,
          src: relative(dir, join(WEB, 'src')),
          schema: './schema.graphql',
          artifactDirectory: relative(dir, join(WEB, 'src', '__generated__')),
        }),
      );
      const { status, output } = validate(dir, 'relay.config.json');
      expect(status).not.toBe(0);
      expect(output).toContain('source-health.tsx');
      expect(output).toMatch(/error \{/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
