import { generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '../../../src/config/config-error';
import { parseConfig } from '../../../src/config/load-config';

const HASH = 'a'.repeat(64);
const PROVIDERS = `
providers:
  emrServerlessSpark: [{ id: hangzhou, regionId: cn-hangzhou }]
  gravitino: [{ id: main, url: "http://gravitino:8090", metalakes: [prod_lake] }]
`;
const API_KEYS = `
auth:
  mode: api_key
  apiKeys: [{ id: k1, tenant: team-a, sha256: ${HASH} }]
tenants:
  - id: team-a
    grants:
      instances: { emrServerlessSpark: [hangzhou] }
      regions: [cn-hangzhou]
      emrWorkspaces: [w-1]
      gravitinoMetalakes: [prod_lake]
`;
const JWT = `
auth:
  mode: jwt
  jwt:
    jwksUrl: https://idp.example.com/.well-known/jwks.json
    algorithms: [RS256]
    issuer: https://idp.example.com/
    audience: jobgraph
tenants: [{ id: team-a }]
`;

/** The config error for `text`: one line per problem, each naming its key. */
function configError(text: string): string {
  try {
    parseConfig(text, {}, 'jobgraph.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

const publicPem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .publicKey.export({ format: 'pem', type: 'spki' })
  .toString();
const privatePem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();
const privateJwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });

describe('auth config', () => {
  it('resolves API keys, tenants and their grants (file provider keys become provider ids)', () => {
    const config = parseConfig(PROVIDERS + API_KEYS, {});
    expect(config.auth).toEqual({
      mode: 'api_key',
      apiKeys: [{ id: 'k1', tenant: 'team-a', sha256: HASH }],
      introspection: false,
      suggestions: false,
    });
    expect(config.tenants).toEqual([
      {
        id: 'team-a',
        grants: {
          instances: { EMR_SERVERLESS_SPARK: ['hangzhou'] },
          regions: ['cn-hangzhou'],
          emrWorkspaces: ['w-1'],
          gravitinoMetalakes: ['prod_lake'],
        },
      },
    ]);
  });

  it('resolves JWT settings with their defaults: 30 s skew, tenant claim "tenant", schema details hidden', () => {
    const config = parseConfig(PROVIDERS + JWT, {});
    expect(config.auth).toMatchObject({ mode: 'jwt', introspection: false, suggestions: false });
    expect(config.auth.jwt).toEqual({
      keySource: { jwksUrl: 'https://idp.example.com/.well-known/jwks.json' },
      algorithms: ['RS256'],
      issuer: 'https://idp.example.com/',
      audience: 'jobgraph',
      clockToleranceSec: 30,
      tenantClaim: 'tenant',
    });
  });

  it('takes a list of audiences', () => {
    expect(
      parseConfig(PROVIDERS + JWT.replace('audience: jobgraph', 'audience: [jobgraph, jobgraph-staging]'), {})
        .auth.jwt?.audience,
    ).toEqual(['jobgraph', 'jobgraph-staging']);
  });

  it('turns PEM keys into JWKs, keeping their kid', () => {
    const text =
      PROVIDERS +
      JWT.replace(
        'jwksUrl: https://idp.example.com/.well-known/jwks.json',
        `keys: [{ pem: ${JSON.stringify(publicPem)}, kid: k-1 }]`,
      );
    const source = parseConfig(text, {}).auth.jwt?.keySource;
    expect(source).toEqual({ keys: [expect.objectContaining({ kty: 'EC', crv: 'P-256', kid: 'k-1' })] });
  });

  it('allows explicit none (introspection and suggestions on), and lets the file override them', () => {
    expect(parseConfig(`${PROVIDERS}auth: { mode: none }`, {}).auth).toEqual({
      mode: 'none',
      apiKeys: [],
      introspection: true,
      suggestions: true,
    });
    const tuned = parseConfig(
      PROVIDERS + API_KEYS.replace('  mode: api_key', '  mode: api_key\n  introspection: true'),
      {},
    );
    expect(tuned.auth).toMatchObject({ introspection: true, suggestions: false });
  });

  it('needs no auth section in a file without providers (nothing to read)', () => {
    expect(parseConfig('server: { port: 4100 }', {}).auth.mode).toBe('none');
  });

  it.each<[string, string, string]>([
    ['providers without auth', PROVIDERS, 'auth: required when providers are configured'],
    ['an unknown mode', `${PROVIDERS}auth: { mode: open }`, 'auth.mode: expected one of none, api_key, jwt'],
    [
      'api_key without keys',
      `${PROVIDERS}auth: { mode: api_key }\ntenants: [{ id: a }]`,
      'auth.apiKeys: list at least one key',
    ],
    [
      'a key of an unknown tenant',
      PROVIDERS + API_KEYS.replace('tenant: team-a', 'tenant: team-b'),
      'auth.apiKeys[0].tenant: unknown tenant "team-b"',
    ],
    [
      'a key in plain text',
      PROVIDERS + API_KEYS.replace(HASH, 'jg_my-secret-key'),
      'auth.apiKeys[0].sha256: expected the 64 hex digits',
    ],
    [
      'the same key twice',
      PROVIDERS +
        API_KEYS.replace(
          `sha256: ${HASH} }]`,
          `sha256: ${HASH} }, { id: k2, tenant: team-a, sha256: ${HASH} }]`,
        ),
      'auth.apiKeys[1].sha256: the same key is listed twice',
    ],
    [
      'keys under jwt mode',
      PROVIDERS +
        JWT.replace('  mode: jwt', `  mode: jwt\n  apiKeys: [{ id: k1, tenant: team-a, sha256: ${HASH} }]`),
      'auth.apiKeys: only used when mode is api_key',
    ],
    [
      'jwt mode without settings',
      `${PROVIDERS}auth: { mode: jwt }\ntenants: [{ id: a }]`,
      'auth.jwt: required when mode is jwt',
    ],
    [
      'auth without tenants',
      PROVIDERS + API_KEYS.replace(/tenants:[\s\S]*$/, ''),
      'tenants: list at least one tenant when auth.mode is api_key',
    ],
    ['HS256', PROVIDERS + JWT.replace('[RS256]', '[HS256]'), 'auth.jwt.algorithms[0]: expected one of RS256'],
    ['alg none', PROVIDERS + JWT.replace('[RS256]', '[none]'), 'auth.jwt.algorithms[0]: expected one of'],
    [
      'no algorithms',
      PROVIDERS + JWT.replace('[RS256]', '[]'),
      'auth.jwt.algorithms: pin at least one algorithm',
    ],
    [
      'no issuer',
      PROVIDERS + JWT.replace('    issuer: https://idp.example.com/\n', ''),
      'auth.jwt.issuer: Required',
    ],
    ['no audience', PROVIDERS + JWT.replace('    audience: jobgraph\n', ''), 'auth.jwt.audience: Required'],
    [
      'an empty audience list',
      PROVIDERS + JWT.replace('audience: jobgraph', 'audience: []'),
      'auth.jwt.audience: ',
    ],
    [
      'a plain-HTTP JWKS off loopback',
      PROVIDERS + JWT.replace('https://idp.example.com/.well-known', 'http://idp.example.com/.well-known'),
      'auth.jwt.jwksUrl: expected an https URL',
    ],
    [
      'both jwksUrl and keys',
      PROVIDERS +
        JWT.replace('    algorithms', `    keys: [{ pem: ${JSON.stringify(publicPem)} }]\n    algorithms`),
      'auth.jwt.jwksUrl: set exactly one of jwksUrl and keys',
    ],
    [
      'a private PEM key',
      PROVIDERS +
        JWT.replace(
          'jwksUrl: https://idp.example.com/.well-known/jwks.json',
          `keys: [{ pem: ${JSON.stringify(privatePem + '-----BEGIN PUBLIC KEY-----')} }]`,
        ),
      'auth.jwt.keys[0].pem: a private key',
    ],
    [
      'a private JWK',
      PROVIDERS +
        JWT.replace(
          'jwksUrl: https://idp.example.com/.well-known/jwks.json',
          `keys: [${JSON.stringify(privateJwk)}]`,
        ),
      'auth.jwt.keys[0]: a private key',
    ],
    [
      'a symmetric JWK',
      PROVIDERS +
        JWT.replace(
          'jwksUrl: https://idp.example.com/.well-known/jwks.json',
          'keys: [{ kty: oct, k: c2VjcmV0 }]',
        ),
      'auth.jwt.keys[0].kty: expected a public key type',
    ],
    [
      'an unreadable public key',
      PROVIDERS +
        JWT.replace(
          'jwksUrl: https://idp.example.com/.well-known/jwks.json',
          'keys: [{ kty: EC, crv: P-256, x: AQAB, y: AQAB }]',
        ),
      'auth.jwt.keys[0]: not a usable public key',
    ],
    [
      'a grant of an unknown instance',
      PROVIDERS + API_KEYS.replace('[hangzhou]', '[beijing]'),
      'tenants[0].grants.instances.emrServerlessSpark[0]: no emrServerlessSpark instance "beijing"',
    ],
    [
      'a grant of an unknown metalake',
      PROVIDERS + API_KEYS.replace('gravitinoMetalakes: [prod_lake]', 'gravitinoMetalakes: [dev_lake]'),
      'tenants[0].grants.gravitinoMetalakes[0]: no Gravitino instance lists metalake "dev_lake"',
    ],
    [
      'an unknown grant key',
      PROVIDERS + API_KEYS.replace('regions:', 'zones:'),
      'tenants[0].grants: unknown key(s) "zones"',
    ],
    [
      'a duplicate tenant',
      PROVIDERS + API_KEYS.replace('tenants:\n', 'tenants:\n  - id: team-a\n'),
      'tenants[1].id: duplicate tenant id "team-a"',
    ],
  ])('refuses %s in one line naming the key', (_name, text, expected) => {
    const message = configError(text);
    const lines = message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
    expect(lines).toContainEqual(expect.stringContaining(expected));
    expect(lines.find((line) => line.includes(expected))?.startsWith(expected.split(':')[0] as string)).toBe(
      true,
    );
  });

  it('never echoes a key or hash it refuses', () => {
    expect(configError(PROVIDERS + API_KEYS.replace(HASH, 'jg_my-secret-key'))).not.toContain(
      'jg_my-secret-key',
    );
  });
});
