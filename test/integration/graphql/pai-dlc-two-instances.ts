import type { GatewayConfig } from '../../../src/config/gateway-config';

/** Demo wiring plus a second PAI-DLC instance, `pai-sh` in cn-shanghai, served by the same emulator. */
export function withSecondPaiInstance(base: GatewayConfig): GatewayConfig {
  const [first] = base.providers.paiDlc;
  if (!first) throw new Error('demo config has a PAI-DLC instance');
  return {
    ...base,
    providers: { ...base.providers, paiDlc: [first, { ...first, id: 'pai-sh', regionId: 'cn-shanghai' }] },
  };
}
