import type { GraphQLSchema } from 'graphql';
import { LIMITS_DEFAULTS, type LimitsConfig } from '../../../src/config/limits.config';
import { demoConfig } from '../../../src/cli/demo-config';
import { buildGatewaySchema } from '../../../src/schema/build-schema';
import type { CostEnvironment } from '../../../src/server/cost/cost-environment';

const endpoints = {
  emrServerlessSpark: 'http://127.0.0.1:1',
  paiDlc: 'http://127.0.0.1:2',
  sae: 'http://127.0.0.1:3',
  gravitino: 'http://127.0.0.1:4',
};

/** The demo deployment (the emulators' instances and metalakes) as the cost estimate sees it. */
export function demoEnvironment(): CostEnvironment {
  const { providers } = demoConfig(endpoints, { port: 0, host: '127.0.0.1' });
  const plain = (instances: readonly { id: string; regionId: string }[]) =>
    instances.map(({ id, regionId }) => ({ id, regionId }));
  return {
    emrServerlessSpark: plain(providers.emrServerlessSpark),
    paiDlc: plain(providers.paiDlc),
    sae: plain(providers.sae),
    gravitino: providers.gravitino.map(({ id, metalakes }) => ({ id, regionId: null, metalakes })),
  };
}

/** The default limits with some overridden. */
export function limitsWith(overrides: Partial<LimitsConfig> = {}): LimitsConfig {
  return { ...LIMITS_DEFAULTS, ...overrides };
}

let schema: Promise<GraphQLSchema> | undefined;
/** The gateway schema, built once per test file. */
export function gatewaySchema(): Promise<GraphQLSchema> {
  schema ??= buildGatewaySchema();
  return schema;
}
