import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlibabaInstanceConfig } from '../../../src/config/gateway-config';
import { Secret } from '../../../src/config/secret';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba.gateway';
import { createSaeEmulator } from '../../../src/emulators/sae/sae.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { SaeUpstreamProvider } from '../../../src/providers/sae/sae.provider';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';

const { accessKeyId, accessKeySecret } = DEFAULT_EMULATOR_CREDENTIAL;
const CHAIN_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_PROFILE',
];

/** The SDK's credential chain reads process.env itself; each test sets only what it needs and restores the rest. */
function withEnv(values: Record<string, string>, run: () => Promise<void>): Promise<void> {
  const saved = Object.fromEntries(CHAIN_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of CHAIN_VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
  return run().finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}

describe('Alibaba credentials from @alicloud/credentials sign real calls', () => {
  let emulator: RunningEmulator;
  const listOnce = (credentials: AlibabaInstanceConfig['credentials']) =>
    SaeUpstreamProvider.forInstance(emulatorAlibabaInstance(emulator.url, { credentials })).listJobTemplates(
      {},
      { currentPage: 1, pageSize: 1 },
    );

  beforeAll(async () => {
    emulator = await startEmulatorServer(
      createSaeEmulator({
        seed: 'credentials',
        scale: 'small',
        referenceTime: Date.UTC(2026, 10, 1),
        credentials: [DEFAULT_EMULATOR_CREDENTIAL],
      }),
    );
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.clearRequests());

  it('static keys from the config (env references)', async () => {
    await expect(
      listOnce({
        type: 'access_key',
        accessKeyId: new Secret(accessKeyId),
        accessKeySecret: new Secret(accessKeySecret),
      }),
    ).resolves.toMatchObject({
      totalCount: expect.any(Number),
    });
  });

  it('STS keys (the token travels as x-acs-security-token, signed)', async () => {
    await expect(
      listOnce({
        type: 'sts',
        accessKeyId: new Secret(accessKeyId),
        accessKeySecret: new Secret(accessKeySecret),
        securityToken: new Secret('sts-token'),
      }),
    ).resolves.toBeDefined();
    // Accepted (200) by the emulator, which checks the ACS3 signature, with the token in its header.
    expect(
      emulator
        .requests()
        .map(({ operation, status, securityToken }) => ({ operation, status, securityToken })),
    ).toEqual([{ operation: 'ListJobs', status: 200, securityToken: 'sts-token' }]);
  });

  it('static keys send no x-acs-security-token', async () => {
    await listOnce({
      type: 'access_key',
      accessKeyId: new Secret(accessKeyId),
      accessKeySecret: new Secret(accessKeySecret),
    });
    expect(emulator.requests().map((entry) => entry.securityToken)).toEqual([null]);
  });

  it('the default chain: environment variables', async () => {
    await withEnv(
      { ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: accessKeySecret },
      async () => {
        await expect(listOnce({ type: 'default' })).resolves.toBeDefined();
      },
    );
    await withEnv(
      { ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'wrong' },
      async () => {
        await expect(listOnce({ type: 'default' })).rejects.toMatchObject({
          code: 'UNAUTHENTICATED',
          upstreamCode: 'SignatureDoesNotMatch',
        });
      },
    );
  });

  it('a named profile from the credentials file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobgraph-credentials-'));
    const file = join(dir, 'credentials');
    writeFileSync(
      file,
      `[default]\ntype = access_key\naccess_key_id = nobody\naccess_key_secret = nothing\n\n[data-team]\ntype = access_key\naccess_key_id = ${accessKeyId}\naccess_key_secret = ${accessKeySecret}\n`,
    );
    await withEnv({ ALIBABA_CLOUD_CREDENTIALS_FILE: file }, async () => {
      await expect(listOnce({ type: 'profile', profile: 'data-team' })).resolves.toBeDefined();
      await expect(listOnce({ type: 'profile' })).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        upstreamCode: 'InvalidAccessKeyId.NotFound',
      });
    });
  });
});
