import {
  decodeSignKey,
  signHs256Jwt,
  verifyHs256Jwt,
} from '../../../../src/emulators/gravitino/jwt-hs256.gateway';

const KEY = Buffer.alloc(32, 9).toString('base64');
const NOW = Date.UTC(2026, 7, 20);

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('HS256 JWT', () => {
  const key = decodeSignKey(KEY);

  it('verifies its own tokens and returns the claims', () => {
    const token = signHs256Jwt({ sub: 'u', aud: 'GravitinoServer', exp: NOW / 1000 + 1 }, KEY);
    expect(verifyHs256Jwt(token, key, NOW)).toEqual({
      ok: true,
      claims: { sub: 'u', aud: 'GravitinoServer', exp: NOW / 1000 + 1 },
    });
  });

  it('rejects tampered payloads, other algorithms, bad structure, expiry and nbf (with skew)', () => {
    const token = signHs256Jwt({ sub: 'u', exp: NOW / 1000 - 5 }, KEY);
    const [header, , signature] = token.split('.');
    expect(verifyHs256Jwt(`${header}.${b64url({ sub: 'admin' })}.${signature}`, key, NOW)).toMatchObject({
      ok: false,
      problem: 'signature',
    });
    expect(verifyHs256Jwt(`${b64url({ alg: 'none' })}.${b64url({ sub: 'u' })}.`, key, NOW)).toMatchObject({
      ok: false,
      problem: 'unsupported',
    });
    expect(verifyHs256Jwt('a.b', key, NOW)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(verifyHs256Jwt(token, key, NOW)).toMatchObject({ ok: false, problem: 'expired' });
    expect(verifyHs256Jwt(token, key, NOW, 10)).toMatchObject({ ok: true });
    const early = signHs256Jwt({ sub: 'u', nbf: NOW / 1000 + 5 }, KEY);
    expect(verifyHs256Jwt(early, key, NOW)).toMatchObject({ ok: false, problem: 'premature' });
  });

  it('requires a base64 key of at least 256 bits, as Gravitino does', () => {
    expect(() => decodeSignKey('short')).toThrow(/256 bits/);
    expect(() => decodeSignKey('not base64!')).toThrow(/base64/);
  });
});
