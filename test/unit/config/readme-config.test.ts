import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { parseConfig } from '../../../src/config/load-config';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

/** The YAML blocks of one README section, in order. */
function yamlBlocks(heading: string): string[] {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const next = README.indexOf('\n## ', start + heading.length + 2);
  const section = README.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/** Every `{ env: NAME }` reference the example uses, set, so that its secrets resolve. */
const ENV = Object.fromEntries(
  [
    'ALIBABA_CLOUD_ACCESS_KEY_ID',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    'AK_ID',
    'AK_SECRET',
    'GRAVITINO_TOKEN',
    'REDIS_PASSWORD',
    'JOBGRAPH_CURSOR_SECRET',
  ].map((name) => [name, `value-of-${name}-long-enough-for-a-key`]),
);

describe('the README configuration examples are valid configuration', () => {
  const [example] = yamlBlocks('## Configuration');

  test('the Configuration example loads, with auth, tenants, limits and rate limits as written', () => {
    const config = parseConfig(example ?? '', ENV, 'README');
    expect(config.auth.mode).toBe('api_key');
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.tenants.map((tenant) => tenant.id)).toEqual(['data-team']);
    expect(config.limits.requestDeadlineMs).toBe(15_000);
    expect(config.providers.gravitino[0]?.metalakes).toEqual(['prod_lake', 'dev_lake']);
    expect(config.cache).toEqual(
      expect.objectContaining({
        enabled: true,
        listTtlMs: 5_000,
        redis: expect.objectContaining({ keyPrefix: 'jobgraph:' }),
      }),
    );
  });

  test('the tenants example of "Running it in front of real accounts" fits that configuration', () => {
    const [tenants] = yamlBlocks('## Running it in front of real accounts');
    const merged = {
      ...(parseYaml(example ?? '') as Record<string, unknown>),
      ...(parseYaml(tenants ?? '') as Record<string, unknown>),
    };
    // The API key names data-team, which the tenants example also defines.
    const config = parseConfig(stringify(merged), ENV, 'README');
    expect(config.tenants.map((tenant) => tenant.id)).toEqual(['data-team', 'platform']);
    expect(config.tenants[0]?.grants.instances?.PAI_DLC).toEqual(['pai-hz']);
    expect(config.tenants[0]?.grants.saeNamespaces).toEqual(['cn-hangzhou:prod']);
  });
});
