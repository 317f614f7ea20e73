import { formatInstant, parseOffsetDateTime } from '../../../../src/emulators/gravitino/instant.wire';

const BASE_MS = Date.UTC(2026, 7, 18, 0, 0, 0);

describe('Gravitino instants', () => {
  it('formats like ISO_INSTANT: fraction in groups of three digits, dropped when zero', () => {
    expect(formatInstant(BASE_MS * 1000)).toBe('2026-08-18T00:00:00Z');
    expect(formatInstant(BASE_MS * 1000 + 205_000)).toBe('2026-08-18T00:00:00.205Z');
    expect(formatInstant(BASE_MS * 1000 + 205_023)).toBe('2026-08-18T00:00:00.205023Z');
    expect(formatInstant(BASE_MS * 1000 + 7)).toBe('2026-08-18T00:00:00.000007Z');
  });

  it.each([
    ['2026-08-18T00:00:00Z', BASE_MS * 1000],
    ['2026-08-18T00:00Z', BASE_MS * 1000],
    ['2026-08-18t00:00:00z', BASE_MS * 1000],
    ['2026-08-18T08:00:00+08:00', BASE_MS * 1000],
    ['2026-08-17T23:00:00-01:00', BASE_MS * 1000],
    ['2026-08-18T00:00:00.000001Z', BASE_MS * 1000 + 1],
    ['2026-08-18T00:00:00.0000001Z', BASE_MS * 1000 + 1],
    ['2026-08-18T00:00:00.123456789Z', BASE_MS * 1000 + 123_457],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29) * 1000],
    ['+10000-01-01T00:00:00Z', Date.UTC(10000, 0, 1) * 1000],
  ])('parses %s', (text, micros) => {
    expect(parseOffsetDateTime(text)).toBe(micros);
  });

  it.each([
    '',
    'yesterday',
    '2026-08-18',
    '2026-08-18T00:00:00',
    '2026-08-18 00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-08-18T24:00:00Z',
    '2026-08-18T00:60:00Z',
    '2026-08-18T00:00:00+19:00',
    '2026-08-18T00:00:00.1234567890Z',
    '1776',
  ])('rejects %j', (text) => {
    expect(parseOffsetDateTime(text)).toBeUndefined();
  });
});
