import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ConfigError } from '../../../src/config/config-error';
import { loadConfig, parseConfig } from '../../../src/config/load-config';
import { RESILIENCE_DEFAULTS } from '../../../src/config/resilience.config';

const VALID = `
server: { port: 4100 }
auth: { mode: none }
resilience: { maxAttempts: 4 }
providers:
  emrServerlessSpark:
    - id: hangzhou
      regionId: cn-hangzhou
      credentials:
        type: access_key
        accessKeyId: { env: AK_ID }
        accessKeySecret: { env: AK_SECRET }
    - id: shanghai
      regionId: cn-shanghai
      endpoint: http://127.0.0.1:9000
      resilience: { attemptTimeoutMs: 800 }
  paiDlc:
    - { id: pai, regionId: cn-hangzhou, credentials: { type: profile, profile: work } }
  gravitino:
    - id: main
      url: http://gravitino:8090/
      metalakes: [prod_lake, dev_lake]
      auth: { type: oauth, token: { env: GRAVITINO_TOKEN } }
`;
const ENV = { AK_ID: 'id-from-env', AK_SECRET: 'secret-from-env', GRAVITINO_TOKEN: 'token-from-env' };

function expectConfigError(text: string, env: Record<string, string>, ...fragments: string[]) {
  let error: unknown;
  try {
    parseConfig(text, env, 'jobgraph.yaml');
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
  return error as ConfigError;
}

describe('config', () => {
  it('parses instances, resolves env secrets, layers resilience defaults', () => {
    const config = parseConfig(VALID, ENV);
    expect(config.mode).toBe('configured');
    expect(config.server.port).toBe(4100);
    const [hangzhou, shanghai] = config.providers.emrServerlessSpark;
    expect(hangzhou?.credentials).toMatchObject({ type: 'access_key' });
    expect(hangzhou?.credentials.type === 'access_key' && hangzhou.credentials.accessKeySecret.reveal()).toBe(
      'secret-from-env',
    );
    expect(hangzhou?.resilience).toEqual({ ...RESILIENCE_DEFAULTS, maxAttempts: 4 });
    expect(shanghai).toMatchObject({
      endpoint: { protocol: 'http', host: '127.0.0.1:9000' },
      credentials: { type: 'default' },
    });
    expect(shanghai?.resilience.attemptTimeoutMs).toBe(800);
    expect(config.providers.gravitino[0]).toMatchObject({
      url: 'http://gravitino:8090',
      metalakes: ['prod_lake', 'dev_lake'],
    });
    expect(config.providers.sae).toEqual([]);
  });

  it('never prints secrets when the config is logged or serialized', () => {
    const config = parseConfig(VALID, ENV);
    const printed = `${inspect(config, { depth: 10 })} ${JSON.stringify(config)}`;
    for (const secret of Object.values(ENV)) expect(printed).not.toContain(secret);
  });

  it('refuses secrets written into the file, naming the key', () => {
    const text = VALID.replace('accessKeySecret: { env: AK_SECRET }', 'accessKeySecret: plain-text-secret');
    const error = expectConfigError(
      text,
      ENV,
      'providers.emrServerlessSpark[0].credentials',
      'use { env: VARIABLE_NAME }',
    );
    expect(error.message).not.toContain('plain-text-secret');
  });

  it('names a missing environment variable and the key that needs it', () => {
    expectConfigError(
      VALID,
      { ...ENV, AK_SECRET: '' },
      'providers.emrServerlessSpark[0].credentials.accessKeySecret',
      'AK_SECRET is not set',
    );
  });

  it.each([
    ['a wrong type', VALID.replace('port: 4100', 'port: "high"'), 'server.port'],
    [
      'an unknown key',
      VALID.replace('server: { port: 4100 }', 'server: { port: 4100, prot: 1 }'),
      'server: unknown key(s) "prot"',
    ],
    [
      'a bad region',
      VALID.replace('regionId: cn-shanghai', 'regionId: Shanghai'),
      'providers.emrServerlessSpark[1].regionId: a region id',
    ],
    [
      'a duplicate id',
      VALID.replace('id: shanghai', 'id: hangzhou'),
      'providers.emrServerlessSpark[1].id: duplicate id "hangzhou"',
    ],
    [
      'an unknown credentials type',
      VALID.replace('type: profile', 'type: magic'),
      'providers.paiDlc[0].credentials.type: expected one of',
    ],
    ['a bad url', VALID.replace('http://gravitino:8090/', 'ftp://gravitino'), 'providers.gravitino[0].url'],
    [
      'no metalakes',
      VALID.replace('[prod_lake, dev_lake]', '[]'),
      'providers.gravitino[0].metalakes: name at least one metalake',
    ],
    ['a bad resilience value', VALID.replace('maxAttempts: 4', 'maxAttempts: 0'), 'resilience.maxAttempts'],
    ['broken YAML', 'providers: [', 'not valid YAML'],
  ])('rejects %s with the key and what was expected', (_name, text, fragment) => {
    expectConfigError(text, ENV, fragment);
  });

  it('server.metricsRequireAuth: unset by default, a boolean when given, anything else a config error', () => {
    expect(parseConfig(VALID, ENV).server.metricsRequireAuth).toBeUndefined();
    const withKey = (value: string) =>
      VALID.replace('server: { port: 4100 }', `server: { port: 4100, metricsRequireAuth: ${value} }`);
    expect(parseConfig(withKey('true'), ENV).server.metricsRequireAuth).toBe(true);
    expect(parseConfig(withKey('false'), ENV).server.metricsRequireAuth).toBe(false);
    expectConfigError(withKey('"yes"'), ENV, 'server.metricsRequireAuth');
  });

  it('server.federation: false by default, a boolean when given, anything else a config error', () => {
    expect(parseConfig(VALID, ENV).server.federation).toBe(false);
    const withKey = (value: string) =>
      VALID.replace('server: { port: 4100 }', `server: { port: 4100, federation: ${value} }`);
    expect(parseConfig(withKey('true'), ENV).server.federation).toBe(true);
    expectConfigError(withKey('"yes"'), ENV, 'server.federation');
  });

  it('server.cursorSecret: absent by default, read from the environment, refused when short or written in the file', () => {
    expect(parseConfig(VALID, ENV).server.cursorSecret).toBeUndefined();
    const withKey = (value: string) =>
      VALID.replace('server: { port: 4100 }', `server: { port: 4100, cursorSecret: ${value} }`);
    const key = 'k'.repeat(32);
    const secret = parseConfig(withKey('{ env: CURSOR_KEY }'), { ...ENV, CURSOR_KEY: key }).server
      .cursorSecret;
    expect(secret?.reveal()).toBe(key);
    expect(JSON.stringify(secret)).not.toContain(key);
    const short = () => parseConfig(withKey('{ env: CURSOR_KEY }'), { ...ENV, CURSOR_KEY: 'k'.repeat(31) });
    expect(short).toThrow('server.cursorSecret: must be at least 32 characters');
    expect(short).not.toThrow('kkkk');
    expectConfigError(withKey('{ env: CURSOR_KEY }'), ENV, 'CURSOR_KEY is not set');
    expectConfigError(withKey(`"${key}"`), ENV, 'server.cursorSecret');
  });

  it('PORT overrides the file; a bad PORT is a config error', () => {
    expect(parseConfig(VALID, { ...ENV, PORT: '5000' }).server.port).toBe(5000);
    expectConfigError(VALID, { ...ENV, PORT: 'eighty' }, 'PORT');
  });

  it('reads JOBGRAPH_CONFIG; without it there is no config (demo mode)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobgraph-config-'));
    const path = join(dir, 'jobgraph.yaml');
    writeFileSync(path, VALID);
    expect(loadConfig({ ...ENV, JOBGRAPH_CONFIG: path })?.providers.emrServerlessSpark).toHaveLength(2);
    expect(loadConfig({})).toBeUndefined();
    expect(() => loadConfig({ JOBGRAPH_CONFIG: join(dir, 'missing.yaml') })).toThrow(
      /cannot read .*missing\.yaml \(ENOENT\)/,
    );
  });
});
