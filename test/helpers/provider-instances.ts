import type { AlibabaInstanceConfig, GravitinoInstanceConfig } from '../../src/config/gateway-config';
import { RESILIENCE_DEFAULTS, type ResilienceConfig } from '../../src/config/resilience.config';
import { Secret } from '../../src/config/secret';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../src/emulators/alibaba/alibaba.gateway';

/**
 * Test policy: short back-off so fault tests finish fast, a breaker that stays closed unless a test
 * asks for it, and an unlimited retry budget so retry counts are exact. The attempt timeout is long:
 * on a loaded two-core CI machine a large-scale emulator page can take over a second, and a timed-out
 * attempt is retried, which adds a call to the log a test counts. Tests of timeouts set their own.
 */
export const TEST_RESILIENCE: ResilienceConfig = {
  ...RESILIENCE_DEFAULTS,
  attemptTimeoutMs: 10_000,
  deadlineMs: 20_000,
  backoffBaseMs: 5,
  backoffMaxMs: 20,
  retryBudgetRatio: 1,
  retryBudgetMinPerSecond: 1_000,
  breakerMinimumCalls: 1_000,
  breakerWindow: 1_000,
};

/** An Alibaba instance wired to an emulator URL with the emulator's credentials. */
export function emulatorAlibabaInstance(
  url: string,
  overrides: Partial<Omit<AlibabaInstanceConfig, 'resilience'>> & {
    resilience?: Partial<ResilienceConfig>;
  } = {},
): AlibabaInstanceConfig {
  const { protocol, host } = new URL(url);
  return {
    id: 'test',
    regionId: 'cn-hangzhou',
    endpoint: { protocol: protocol === 'https:' ? 'https' : 'http', host },
    credentials: {
      type: 'access_key',
      accessKeyId: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeyId),
      accessKeySecret: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeySecret),
    },
    ...overrides,
    resilience: { ...TEST_RESILIENCE, ...overrides.resilience },
  };
}

/** A Gravitino instance wired to an emulator URL with simple auth. */
export function emulatorGravitinoInstance(
  url: string,
  metalakes: readonly string[],
  overrides: Partial<Omit<GravitinoInstanceConfig, 'resilience'>> & {
    resilience?: Partial<ResilienceConfig>;
  } = {},
): GravitinoInstanceConfig {
  return {
    id: 'test',
    url,
    metalakes,
    auth: { type: 'simple', user: 'jobgraph' },
    version: 'auto',
    ...overrides,
    resilience: { ...TEST_RESILIENCE, ...overrides.resilience },
  };
}
