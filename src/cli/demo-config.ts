import { NO_AUTH } from '../config/auth.config';
import type { AlibabaInstanceConfig, GatewayConfig, GravitinoInstanceConfig } from '../config/gateway-config';
import { LIMITS_DEFAULTS } from '../config/limits.config';
import { resolvePersistedQueries } from '../config/persisted-queries.config';
import { resolveRateLimit } from '../config/rate-limit.config';
import { RESILIENCE_DEFAULTS, type ResilienceConfig } from '../config/resilience.config';
import { Secret } from '../config/secret';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../emulators/alibaba/alibaba.gateway';
import { REGIONS as EMR_REGIONS } from '../emulators/emr-serverless-spark/vocabulary.dataset';
import { METALAKE_BLUEPRINTS } from '../emulators/gravitino/metalake-blueprint.dataset';
import type { EmulatorEndpoints } from '../emulators/start-emulators';

/** The region every single-endpoint demo instance (PAI, SAE) says it is in. */
const DEMO_REGION = 'cn-hangzhou';

function alibabaInstance(
  id: string,
  regionId: string,
  url: string,
  resilience: ResilienceConfig,
): AlibabaInstanceConfig {
  const { protocol, host } = new URL(url);
  return {
    id,
    regionId,
    endpoint: { protocol: protocol === 'https:' ? 'https' : 'http', host },
    credentials: {
      type: 'access_key',
      accessKeyId: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeyId),
      accessKeySecret: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeySecret),
    },
    resilience,
  };
}

/**
 * Demo mode's configuration: every provider wired to the emulators. EMR gets one instance per
 * region the emulator serves (its ListWorkspaces is regional, like the real endpoints); PAI and SAE
 * one instance each; Gravitino one server with every metalake.
 */
export function demoConfig(
  endpoints: EmulatorEndpoints,
  options: {
    port: number;
    host: string;
    resilience?: ResilienceConfig;
    /** SAE lookups batched; only against an SAE emulator started with `saeFieldValue: 'comma-list'`. */
    saeBatchAppIdLookups?: boolean;
  },
): GatewayConfig {
  const resilience = options.resilience ?? { ...RESILIENCE_DEFAULTS };
  const gravitino: GravitinoInstanceConfig = {
    id: 'gravitino',
    url: endpoints.gravitino,
    metalakes: METALAKE_BLUEPRINTS.map((metalake) => metalake.name),
    auth: { type: 'simple', user: 'jobgraph' },
    // Told from each answer, so the demo is right whichever release `--gravitino-version` emulates.
    version: 'auto',
    resilience,
  };
  return {
    mode: 'demo',
    server: { port: options.port, host: options.host },
    limits: { ...LIMITS_DEFAULTS },
    rateLimit: resolveRateLimit(),
    persistedQueries: resolvePersistedQueries(),
    // The emulators hold demo data only and the demo listens on loopback: nothing to protect.
    auth: NO_AUTH,
    tenants: [],
    providers: {
      emrServerlessSpark: EMR_REGIONS.map(([region]) =>
        alibabaInstance(`emr-${region}`, region, endpoints.emrServerlessSpark, resilience),
      ),
      paiDlc: [alibabaInstance('pai', DEMO_REGION, endpoints.paiDlc, resilience)],
      sae: [
        {
          ...alibabaInstance('sae', DEMO_REGION, endpoints.sae, resilience),
          batchAppIdLookups: options.saeBatchAppIdLookups ?? false,
        },
      ],
      gravitino: [gravitino],
    },
  };
}
