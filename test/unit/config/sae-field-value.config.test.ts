import { demoConfig } from '../../../src/cli/demo-config';
import { toStartEmulatorsOptions } from '../../../src/cli/emulate-options';
import { CliUsageError } from '../../../src/cli/cli-usage-error';
import { ConfigError } from '../../../src/config/config-error';
import { parseConfig } from '../../../src/config/load-config';

/** The SAE FieldValue knobs: the gateway's `batchAppIdLookups`, `emulate --sae-field-value`, the demo's wiring. */

const config = (batch?: string) => `
auth: { mode: none }
providers:
  sae:
    - id: sae-hz
      regionId: cn-hangzhou
${batch === undefined ? '' : `      batchAppIdLookups: ${batch}\n`}`;

describe('providers.sae[].batchAppIdLookups', () => {
  it('defaults to false (one AppId per ListJobs, as SAE documents) and takes true', () => {
    expect(parseConfig(config(), {}).providers.sae[0]?.batchAppIdLookups).toBe(false);
    expect(parseConfig(config('true'), {}).providers.sae[0]?.batchAppIdLookups).toBe(true);
  });

  it.each(['"yes"', '1'])('refuses %s, naming the key', (value) => {
    expect(() => parseConfig(config(value), {}, 'jobgraph.yaml')).toThrow(ConfigError);
    expect(() => parseConfig(config(value), {}, 'jobgraph.yaml')).toThrow(
      /providers\.sae\[0\]\.batchAppIdLookups/,
    );
  });

  it('is SAE-only: another Alibaba provider refuses the key', () => {
    const pai =
      'auth: { mode: none }\nproviders:\n  paiDlc:\n    - { id: p, regionId: cn-hangzhou, batchAppIdLookups: true }\n';
    expect(() => parseConfig(pai, {})).toThrow(ConfigError);
  });
});

describe('jobgraph emulate --sae-field-value', () => {
  it('passes strict or comma-list to the emulators, and nothing when absent (strict)', () => {
    expect(toStartEmulatorsOptions({ 'sae-field-value': 'comma-list' })).toEqual({
      saeFieldValue: 'comma-list',
    });
    expect(toStartEmulatorsOptions({ 'sae-field-value': 'strict' })).toEqual({ saeFieldValue: 'strict' });
    expect(toStartEmulatorsOptions({})).toEqual({});
  });

  it.each(['comma', 'STRICT', ''])('refuses %j as a usage error', (value) => {
    expect(() => toStartEmulatorsOptions({ 'sae-field-value': value })).toThrow(CliUsageError);
  });
});

describe('the demo wiring', () => {
  const endpoints = {
    emrServerlessSpark: 'http://127.0.0.1:1',
    paiDlc: 'http://127.0.0.1:2',
    sae: 'http://127.0.0.1:3',
    gravitino: 'http://127.0.0.1:4',
  };

  it('batches SAE lookups only when asked to (for a comma-list emulator)', () => {
    const server = { port: 0, host: '127.0.0.1' };
    expect(demoConfig(endpoints, server).providers.sae[0]?.batchAppIdLookups).toBe(false);
    expect(
      demoConfig(endpoints, { ...server, saeBatchAppIdLookups: true }).providers.sae[0]?.batchAppIdLookups,
    ).toBe(true);
  });
});
