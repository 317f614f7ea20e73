import { safeUpstreamCode, safeUpstreamRequestId } from '../../../src/errors/upstream-identifiers';
import { PLANTED_SECRETS } from '../../helpers/planted-secrets';
import { KEY_SHAPED } from '../../helpers/key-shaped';

describe('safeUpstreamCode', () => {
  it.each([
    'Throttling.User',
    'Throttling',
    'InvalidParameter.PageSize',
    'InvalidAccessKeyId.NotFound',
    'SignatureDoesNotMatch',
    'Forbidden.RAM',
    'InvalidApi.NotFound',
    'Idempotence.SignatureNonceUsed',
    'NOT_FOUND',
    '1003',
    '400',
    'Ipv6.Invalid',
  ])('keeps the code %s', (code) => {
    expect(safeUpstreamCode(code)).toBe(code);
  });

  it.each([
    ...PLANTED_SECRETS.map((secret) => secret.text),
    KEY_SHAPED.stsToken.slice(0, 28),
    'a b',
    '',
    'x'.repeat(65),
    'A.B.C.D.E',
  ])('refuses %s', (code) => {
    expect(safeUpstreamCode(code)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(safeUpstreamCode(1003)).toBeNull();
    expect(safeUpstreamCode({ toString: () => 'Throttling' })).toBeNull();
  });
});

describe('safeUpstreamRequestId', () => {
  it('keeps a UUID in either case', () => {
    expect(safeUpstreamRequestId('5B4E1D7C-1F0A-4C3B-9D2E-8A7B6C5D4E3F')).toBe(
      '5B4E1D7C-1F0A-4C3B-9D2E-8A7B6C5D4E3F',
    );
    expect(safeUpstreamRequestId('5b4e1d7c-1f0a-4c3b-9d2e-8a7b6c5d4e3f')).toBe(
      '5b4e1d7c-1f0a-4c3b-9d2e-8a7b6c5d4e3f',
    );
  });

  it.each([
    ...PLANTED_SECRETS.map((secret) => secret.text),
    'REQ-1',
    '5B4E1D7C-1F0A-4C3B-9D2E-8A7B6C5D4E3F ',
    null,
    42,
  ])('refuses %p', (id) => {
    expect(safeUpstreamRequestId(id)).toBeNull();
  });
});
