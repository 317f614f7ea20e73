import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const generatedPath = './test/__generated__/operations.ts';

describe('codegen output', () => {
  it('test/__generated__/operations.ts is what codegen.yml produces (regenerate with `npm run codegen`)', () => {
    // The generator `npm run codegen` runs, on the real config, printing the output instead of writing
    // it. A child process because the generator is an ES module, which jest's CommonJS runtime cannot import.
    const generated = execFileSync(
      process.execPath,
      [join(root, 'test', 'codegen', 'run-codegen.mjs'), '--print', generatedPath],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
    expect(readFileSync(join(root, generatedPath), 'utf8')).toBe(generated);
  }, 60_000);
});
