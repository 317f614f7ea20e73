import type { AuthConfig } from '../config/auth.config';
import type { GatewayConfig } from '../config/gateway-config';

/** What start-up says about authentication: one line always, plus a warning when the door is open. */
export interface AuthStartupLines {
  readonly info: string;
  readonly warning?: string;
}

function exposure(auth: AuthConfig): string {
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  return `introspection ${onOff(auth.introspection)}, suggestions ${onOff(auth.suggestions)}`;
}

/**
 * The start-up lines for the active auth mode. Explicit `none` in a config file gets a warning an
 * operator cannot miss: every caller that reaches the port reads every configured provider.
 * Credentials, hashes and key-set URLs are never printed.
 */
export function authStartupLines(
  config: Pick<GatewayConfig, 'mode' | 'auth' | 'tenants'>,
  url: string,
): AuthStartupLines {
  const { auth } = config;
  switch (auth.mode) {
    case 'none':
      if (config.mode === 'demo')
        return {
          info: `jobgraph: auth: none (demo mode: the emulators hold demo data only; ${exposure(auth)})`,
        };
      return {
        info: `jobgraph: auth: none (${exposure(auth)})`,
        warning: `jobgraph: WARNING: auth.mode is none: anyone who can reach ${url} reads every configured provider, with no tenant limits.`,
      };
    case 'api_key':
      return {
        info: `jobgraph: auth: api_key (${auth.apiKeys.length} keys, ${config.tenants.length} tenants; ${exposure(auth)})`,
      };
    case 'jwt': {
      const source =
        auth.jwt && 'jwksUrl' in auth.jwt.keySource
          ? 'remote JWKS'
          : `${auth.jwt && 'keys' in auth.jwt.keySource ? auth.jwt.keySource.keys.length : 0} configured keys`;
      return {
        info: `jobgraph: auth: jwt (${source}, algorithms ${auth.jwt?.algorithms.join(', ')}; ${config.tenants.length} tenants; ${exposure(auth)})`,
      };
    }
  }
}
