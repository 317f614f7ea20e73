import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config/load-config';
import { resolvePersistedQueries } from '../../../src/config/persisted-queries.config';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe('persistedQueries config', () => {
  test('defaults: APQ on for a day, no safelist', () => {
    expect(resolvePersistedQueries()).toEqual({
      apq: { enabled: true, ttlSeconds: 86_400, getMaxAgeSeconds: 5 },
      safelist: null,
    });
  });

  test('the README "Persisted queries" example loads as written', () => {
    const start = README.indexOf('\n### Persisted queries (`persistedQueries`)\n');
    const block = /```yaml\n([\s\S]*?)```/.exec(README.slice(start))?.[1] ?? '';
    expect(start).toBeGreaterThan(0);
    expect(parseConfig(block, {}, 'README').persistedQueries).toEqual({
      apq: { enabled: true, ttlSeconds: 86_400, getMaxAgeSeconds: 5 },
      safelist: { manifest: './persisted-query-manifest.json' },
    });
  });

  test('unknown keys and a missing manifest path are refused', () => {
    expect(() => parseConfig('persistedQueries: { apq: { enable: true } }', {}, 'f')).toThrow(/enable/);
    expect(() => parseConfig('persistedQueries: { safelist: {} }', {}, 'f')).toThrow(/manifest/);
  });
});
