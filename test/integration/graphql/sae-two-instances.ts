import type { GatewayConfig } from '../../../src/config/gateway-config';

/** Demo wiring plus a second SAE instance, `sae-sh` in cn-shanghai, served by the same emulator. */
export function withSecondSaeInstance(base: GatewayConfig): GatewayConfig {
  const [first] = base.providers.sae;
  if (!first) throw new Error('demo config has an SAE instance');
  return {
    ...base,
    providers: { ...base.providers, sae: [first, { ...first, id: 'sae-sh', regionId: 'cn-shanghai' }] },
  };
}
