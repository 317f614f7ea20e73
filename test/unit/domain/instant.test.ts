import fc from 'fast-check';
import { fromIsoString } from '../../../src/domain/instant';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM:SS[.fraction]Z` with any field in or just out of range, and 0 to 9 fraction digits. */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.stringMatching(/^[0-9]{0,9}$/),
    dot: fc.boolean(),
  })
  .map(
    (t) =>
      `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
      `${t.dot ? `.${t.fraction}` : ''}Z`,
  );

const expected = (text: string) => {
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? null : millis;
};

describe('fromIsoString', () => {
  it('reads every UTC ISO string exactly as Date.parse does (leap days, fractions, out-of-range fields)', () => {
    fc.assert(
      fc.property(isoLike, (text) => fromIsoString(text) === expected(text)),
      { numRuns: 5000 },
    );
  });

  it('reads any other text as Date.parse does, and nothing as null', () => {
    fc.assert(fc.property(fc.string(), (text) => fromIsoString(text) === (text ? expected(text) : null)));
    expect(fromIsoString('2026-10-31T12:34:56+08:00')).toBe(Date.UTC(2026, 9, 31, 4, 34, 56));
    expect(fromIsoString('2026-10-31T12:34:56.123456Z')).toBe(Date.UTC(2026, 9, 31, 12, 34, 56, 123));
    expect(fromIsoString('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(fromIsoString('not a time')).toBeNull();
    expect(fromIsoString(null)).toBeNull();
    expect(fromIsoString('')).toBeNull();
  });
});
