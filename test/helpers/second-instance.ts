import type { GatewayConfig } from '../../src/config/gateway-config';

type Providers = GatewayConfig['providers'];

/**
 * A config transform: the wiring plus a second instance of `provider`, the first instance's settings
 * under `changes` (a new id, another region or metalake list), served by the same emulator.
 */
export function withSecondInstance<K extends keyof Providers>(
  provider: K,
  changes: Partial<Providers[K][number]> & { readonly id: string },
): (base: GatewayConfig) => GatewayConfig {
  return (base) => {
    const [first] = base.providers[provider];
    if (!first) throw new Error(`the base config has no ${provider} instance`);
    const second = { ...first, ...changes } as Providers[K][number];
    return { ...base, providers: { ...base.providers, [provider]: [first, second] } };
  };
}
