import { toStartEmulatorsOptions } from '../../../src/cli/emulate-options';
import { CliUsageError } from '../../../src/cli/cli-usage-error';
import { ConfigError } from '../../../src/config/config-error';
import { parseConfig } from '../../../src/config/load-config';

/** The Gravitino release knobs: the gateway's per-instance `version` and `emulate --gravitino-version`. */

const config = (version?: string) => `
auth: { mode: none }
providers:
  gravitino:
    - id: gv
      url: http://gravitino:8090
      metalakes: [prod_lake]
${version === undefined ? '' : `      version: ${JSON.stringify(version)}\n`}`;

describe('providers.gravitino[].version', () => {
  it('defaults to auto and takes main, 1.3.0 and auto', () => {
    expect(parseConfig(config(), {}).providers.gravitino[0]?.version).toBe('auto');
    for (const version of ['main', '1.3.0', 'auto']) {
      expect(parseConfig(config(version), {}).providers.gravitino[0]?.version).toBe(version);
    }
  });

  it.each(['1.2.0', 'latest', ''])('refuses %j, naming the key', (version) => {
    expect(() => parseConfig(config(version), {}, 'jobgraph.yaml')).toThrow(ConfigError);
    expect(() => parseConfig(config(version), {}, 'jobgraph.yaml')).toThrow(
      /providers\.gravitino\[0\]\.version/,
    );
  });
});

describe('jobgraph emulate --gravitino-version', () => {
  it('passes main or 1.3.0 to the emulators, and nothing when absent (main)', () => {
    expect(toStartEmulatorsOptions({ 'gravitino-version': '1.3.0' })).toEqual({ gravitinoVersion: '1.3.0' });
    expect(toStartEmulatorsOptions({ 'gravitino-version': 'main' })).toEqual({ gravitinoVersion: 'main' });
    expect(toStartEmulatorsOptions({})).toEqual({});
  });

  it.each(['1.2.0', 'auto', ''])('refuses %j as a usage error', (value) => {
    expect(() => toStartEmulatorsOptions({ 'gravitino-version': value })).toThrow(CliUsageError);
  });
});
