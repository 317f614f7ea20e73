import { authStartupLines } from '../../../src/auth/auth-startup-lines';
import { NO_AUTH } from '../../../src/config/auth.config';
import { parseConfig } from '../../../src/config/load-config';

const URL = 'http://localhost:4000/graphql';
const HASH = 'b'.repeat(64);

describe('auth start-up lines', () => {
  it('warns loudly when a config file chooses mode none', () => {
    const config = parseConfig(
      'providers: { paiDlc: [{ id: pai, regionId: cn-hangzhou }] }\nauth: { mode: none }',
      {},
    );
    const lines = authStartupLines(config, URL);
    expect(lines.warning).toBe(
      `jobgraph: WARNING: auth.mode is none: anyone who can reach ${URL} reads every configured provider, with no tenant limits.`,
    );
    expect(lines.info).toBe('jobgraph: auth: none (introspection on, suggestions on)');
  });

  it('says demo mode is open without a warning', () => {
    const lines = authStartupLines({ mode: 'demo', auth: NO_AUTH, tenants: [] }, URL);
    expect(lines.warning).toBeUndefined();
    expect(lines.info).toMatch(/^jobgraph: auth: none \(demo mode/);
  });

  it('names the active mode and never prints a hash or a key-set URL', () => {
    const apiKey = parseConfig(
      `auth: { mode: api_key, apiKeys: [{ id: k1, tenant: a, sha256: ${HASH} }] }\ntenants: [{ id: a }]`,
      {},
    );
    expect(authStartupLines(apiKey, URL)).toEqual({
      info: 'jobgraph: auth: api_key (1 keys, 1 tenants; introspection off, suggestions off)',
    });
    const jwksUrl = 'https://idp.example.com/jwks.json';
    const jwt = parseConfig(
      `auth: { mode: jwt, jwt: { jwksUrl: "${jwksUrl}", algorithms: [ES256], issuer: i, audience: a } }\ntenants: [{ id: a }]`,
      {},
    );
    const line = authStartupLines(jwt, URL);
    expect(line).toEqual({
      info: 'jobgraph: auth: jwt (remote JWKS, algorithms ES256; 1 tenants; introspection off, suggestions off)',
    });
    expect(JSON.stringify([line, authStartupLines(apiKey, URL)])).not.toMatch(
      new RegExp(`${HASH}|idp\\.example`),
    );
  });
});
