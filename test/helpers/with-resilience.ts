import type { GatewayConfig } from '../../src/config/gateway-config';
import type { ResilienceConfig } from '../../src/config/resilience.config';

/** The config with every provider instance's call policy overridden (e.g. longer attempts than the test's delays). */
export function withResilience(config: GatewayConfig, overrides: Partial<ResilienceConfig>): GatewayConfig {
  const { emrServerlessSpark, paiDlc, sae, gravitino } = config.providers;
  const tune = <T extends { resilience: ResilienceConfig }>(instance: T): T => ({
    ...instance,
    resilience: { ...instance.resilience, ...overrides },
  });
  return {
    ...config,
    providers: {
      emrServerlessSpark: emrServerlessSpark.map(tune),
      paiDlc: paiDlc.map(tune),
      sae: sae.map(tune),
      gravitino: gravitino.map(tune),
    },
  };
}
