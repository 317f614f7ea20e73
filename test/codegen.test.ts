import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const root = join(__dirname, '..');
const generatedPath = './test/__generated__/operations.ts';

describe('codegen output', () => {
  it('test/__generated__/operations.ts is what codegen.yml produces (regenerate with `npm run codegen`)', () => {
    // Run the real CLI with the real config, only redirected to a scratch file.
    const config = parse(readFileSync(join(root, 'codegen.yml'), 'utf8')) as {
      generates: Record<string, unknown>;
    };
    const scratch = mkdtempSync(join(tmpdir(), 'jobgraph-codegen-'));
    const output = join(scratch, 'operations.ts');
    const configPath = join(scratch, 'codegen.yml');
    writeFileSync(
      configPath,
      stringify({ ...config, generates: { [output]: config.generates[generatedPath] } }),
    );
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', '.bin', 'graphql-codegen'), '--config', configPath, '--silent'],
        { cwd: root, stdio: 'pipe' },
      );
      expect(readFileSync(join(root, generatedPath), 'utf8')).toBe(readFileSync(output, 'utf8'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
