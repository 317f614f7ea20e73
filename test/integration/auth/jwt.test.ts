import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  UnsecuredJWT,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { createAuthenticator, type Authenticator } from '../../../src/auth/create-authenticator';
import { UNAUTHENTICATED_MESSAGE } from '../../../src/errors/unauthenticated.error';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';
import { authFromYaml, postGraphQL, WORKSPACES, type RawResponse } from './auth-http';
import { closedPortUrl, startJwksServer, type JwksServer } from './jwks-server';

const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'jobgraph';
const TENANTS = 'tenants: [{ id: team-a }, { id: team-b }]';

interface KeyPair {
  readonly publicKey: KeyLike;
  readonly privateKey: KeyLike;
}

const now = () => Math.floor(Date.now() / 1000);

/** A token as an identity provider would issue it; each test overrides what it is about. */
async function sign(
  key: KeyPair,
  options: { alg?: string; kid?: string; claims?: JWTPayload; exp?: number | null; iat?: number } = {},
): Promise<string> {
  const jwt = new SignJWT({ iss: ISSUER, aud: AUDIENCE, tenant: 'team-a', ...options.claims })
    .setProtectedHeader({
      alg: options.alg ?? 'RS256',
      ...(options.kid === undefined ? {} : { kid: options.kid }),
    })
    .setIssuedAt(options.iat ?? now());
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 300);
  return jwt.sign(key.privateKey);
}

function expectUnauthenticated(response: RawResponse): void {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  expect(response.body).toEqual({
    errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }],
  });
}

function jwtConfig(keySource: string, extra = ''): string {
  return `
auth:
  mode: jwt
  jwt:
    ${keySource}
    algorithms: [RS256, ES256]
    issuer: ${JSON.stringify(ISSUER)}
    audience: ${AUDIENCE}
    ${extra}
${TENANTS}
`;
}

describe('JWT', () => {
  let gw: TestGateway;
  let jwks: JwksServer;
  let rsa: KeyPair;
  let ec: KeyPair;
  let logs: string[];
  // One gateway; each block swaps the authenticator it delegates to (a new config, as at a restart).
  let current: Authenticator;
  const use = (yaml: string) => {
    const { auth, tenants } = authFromYaml(yaml);
    current = createAuthenticator(auth, tenants, (line) => logs.push(line));
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    jwks = await startJwksServer([
      { ...(await exportJWK(rsa.publicKey)), kid: 'rs-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'es-1' },
      // The same RSA key with no `alg`: it could verify PS256 too, which the config does not list.
      { ...(await exportJWK(rsa.publicKey)), kid: 'rs-any' },
    ]);
    gw = await startTestGateway({
      gateway: {
        authenticate: (req) => current(req),
        schemaExposure: { introspection: false, suggestions: false },
      },
    });
  });
  afterAll(async () => {
    await gw?.stop();
    await jwks?.stop();
  });
  beforeEach(() => {
    gw.resetEmulators();
    logs = [];
  });

  describe('with a JWKS URL', () => {
    beforeAll(() => use(jwtConfig(`jwksUrl: ${jwks.url}`)));

    it('accepts a valid RS256 and a valid ES256 token, fetching the key set once', async () => {
      const rs = await postGraphQL(gw.url, WORKSPACES, bearer(await sign(rsa, { kid: 'rs-1' })));
      expect(rs.status).toBe(200);
      expect(rs.body.errors).toBeUndefined();
      const es = await postGraphQL(gw.url, WORKSPACES, bearer(await sign(ec, { alg: 'ES256', kid: 'es-1' })));
      expect(es.status).toBe(200);
      expect(jwks.fetches()).toBe(1);
    });

    it('refuses alg none and HS256 keyed with the RSA public key, before looking up any key', async () => {
      const fetches = jwks.fetches();
      const unsecured = new UnsecuredJWT({ iss: ISSUER, aud: AUDIENCE, tenant: 'team-a' })
        .setExpirationTime(now() + 300)
        .encode();
      expectUnauthenticated(await postGraphQL(gw.url, WORKSPACES, bearer(unsecured)));
      const pem = await exportSPKI(rsa.publicKey);
      const confused = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, tenant: 'team-a' })
        .setProtectedHeader({ alg: 'HS256', kid: 'rs-1' })
        .setExpirationTime(now() + 300)
        .sign(new TextEncoder().encode(pem));
      expectUnauthenticated(await postGraphQL(gw.url, WORKSPACES, bearer(confused)));
      expect(jwks.fetches()).toBe(fetches);
      expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
    });

    it.each<[string, (rsa: KeyPair, other: KeyPair) => Promise<string>]>([
      ['a signature by another key under the same kid', (_rsa, other) => sign(other, { kid: 'rs-1' })],
      ['a wrong issuer', (key) => sign(key, { kid: 'rs-1', claims: { iss: 'https://evil.example.test/' } })],
      ['a wrong audience', (key) => sign(key, { kid: 'rs-1', claims: { aud: 'another-api' } })],
      [
        'an expiry beyond the 30 s skew',
        (key) => sign(key, { kid: 'rs-1', iat: now() - 600, exp: now() - 90 }),
      ],
      ['no expiry at all', (key) => sign(key, { kid: 'rs-1', exp: null })],
      [
        'a tenant claim naming no configured tenant',
        (key) => sign(key, { kid: 'rs-1', claims: { tenant: 'team-z' } }),
      ],
      ['no tenant claim', (key) => sign(key, { kid: 'rs-1', claims: { tenant: undefined } })],
      [
        'a tenant claim that is not a string',
        (key) => sign(key, { kid: 'rs-1', claims: { tenant: ['team-a'] } }),
      ],
      ['a not-before in the future', (key) => sign(key, { kid: 'rs-1', claims: { nbf: now() + 600 } })],
      [
        'an allowed algorithm under the kid of a key of another type',
        (_rsa, _other) => sign(ec, { alg: 'ES256', kid: 'rs-1' }),
      ],
      [
        'an algorithm the key fits but the config does not list (PS256)',
        (key) => sign(key, { alg: 'PS256', kid: 'rs-any' }),
      ],
      ['a malformed token', async () => 'not.a.jwt'],
    ])('refuses %s with the same 401 and no upstream call', async (_name, make) => {
      const other = await generateKeyPair('RS256');
      expectUnauthenticated(await postGraphQL(gw.url, WORKSPACES, bearer(await make(rsa, other))));
      expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
    });

    it('accepts a token expired within the clock skew', async () => {
      const response = await postGraphQL(
        gw.url,
        WORKSPACES,
        bearer(await sign(rsa, { kid: 'rs-1', iat: now() - 600, exp: now() - 5 })),
      );
      expect(response.status).toBe(200);
    });

    it('does not take an API key header instead of a token', async () => {
      expectUnauthenticated(
        await postGraphQL(gw.url, WORKSPACES, { 'x-api-key': await sign(rsa, { kid: 'rs-1' }) }),
      );
    });
  });

  describe('when the key set cannot be read', () => {
    it('refuses with 503 and Retry-After (never allows) and logs the outage once', async () => {
      use(jwtConfig(`jwksUrl: ${await closedPortUrl()}`));
      const token = await sign(rsa, { kid: 'rs-1' });
      for (let i = 0; i < 2; i += 1) {
        const response = await postGraphQL(gw.url, WORKSPACES, bearer(token));
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(response.body.data).toBeUndefined();
        expect(response.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
        expect(JSON.stringify(response.body)).not.toContain('127.0.0.1');
      }
      expect(gw.calls('emrServerlessSpark')).toHaveLength(0);
      expect(logs.filter((line) => line.includes('JWKS cannot be read'))).toHaveLength(1);
    });

    it('refuses while the JWKS answers 500, then accepts once it serves keys again', async () => {
      const failing = await startJwksServer([]);
      try {
        failing.serve({ status: 500 });
        use(jwtConfig(`jwksUrl: ${failing.url}`));
        const token = await sign(rsa, { kid: 'rs-1' });
        expect((await postGraphQL(gw.url, WORKSPACES, bearer(token))).status).toBe(503);
        failing.serve({ keys: [{ ...(await exportJWK(rsa.publicKey)), kid: 'rs-1' }] });
        expect((await postGraphQL(gw.url, WORKSPACES, bearer(token))).status).toBe(200);
        expect(logs).toEqual([
          expect.stringContaining('JWKS cannot be read'),
          expect.stringContaining('readable again'),
        ]);
      } finally {
        await failing.stop();
      }
    });
  });

  describe('with static keys in the config', () => {
    let other: KeyPair;

    beforeAll(async () => {
      other = await generateKeyPair('RS256');
      const pem = await exportSPKI(ec.publicKey);
      // Two RSA keys without kid: a token without kid is tried against both.
      const rsaJwks = [await exportJWK(other.publicKey), await exportJWK(rsa.publicKey)];
      use(
        jwtConfig(
          `keys: [{ pem: ${JSON.stringify(pem)} }, ${rsaJwks.map((jwk) => JSON.stringify(jwk)).join(', ')}]`,
          'maxTokenAgeSec: 3600',
        ),
      );
    });

    it('accepts tokens signed by a PEM key and by the second of two kid-less JWKs', async () => {
      expect((await postGraphQL(gw.url, WORKSPACES, bearer(await sign(ec, { alg: 'ES256' })))).status).toBe(
        200,
      );
      expect(await postGraphQL(gw.url, WORKSPACES, bearer(await sign(rsa)))).toMatchObject({ status: 200 });
    });

    it('refuses a token signed by none of them, and one older than maxTokenAgeSec', async () => {
      const stranger = await generateKeyPair('RS256');
      expectUnauthenticated(await postGraphQL(gw.url, WORKSPACES, bearer(await sign(stranger))));
      expectUnauthenticated(
        await postGraphQL(
          gw.url,
          WORKSPACES,
          bearer(await sign(rsa, { iat: now() - 7200, exp: now() + 300 })),
        ),
      );
    });
  });
});
