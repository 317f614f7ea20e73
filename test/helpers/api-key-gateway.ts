import { sha256Hex } from '../../src/auth/api-key-hash';
import { createAuthenticator } from '../../src/auth/create-authenticator';
import { parseConfig } from '../../src/config/load-config';
import { startTestGateway, type TestGateway } from './test-gateway';

/**
 * A gateway over the emulators whose one caller is tenant `team-a` with API key `key` (auth mode
 * `api_key`, schema exposure as that mode sets it): the browser tests of GraphiQL and the dashboard.
 */
export function startApiKeyGateway(key: string): Promise<TestGateway> {
  const { auth, tenants } = parseConfig(
    `auth: { mode: api_key, apiKeys: [{ id: k1, tenant: team-a, sha256: ${sha256Hex(key)} }] }\ntenants: [{ id: team-a }]`,
    {},
  );
  return startTestGateway({
    gateway: { authenticate: createAuthenticator(auth, tenants), schemaExposure: auth },
  });
}
