/**
 * Instants as Gravitino reads and writes them. The emulator keeps times as integer epoch
 * microseconds (Java `Instant.now()` on Linux has microsecond resolution, so real payloads look
 * like `2025-08-12T02:14:28.205023Z`); 2^53 µs is year 2255, so plain numbers stay exact.
 */

/** Microseconds per millisecond. */
export const MICROS_PER_MS = 1000;

/**
 * Formats epoch microseconds like Jackson's JavaTimeModule (DateTimeFormatter.ISO_INSTANT):
 * the fraction is printed in groups of three digits and dropped when zero.
 */
export function formatInstant(micros: number): string {
  const ms = Math.floor(micros / MICROS_PER_MS);
  const micro = micros - ms * MICROS_PER_MS;
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
  const millis = iso.slice(20, 23);
  const base = iso.slice(0, 19);
  if (micro !== 0) return `${base}.${millis}${String(micro).padStart(3, '0')}Z`;
  if (millis !== '000') return `${base}.${millis}Z`;
  return `${base}Z`;
}

/**
 * ISO_OFFSET_DATE_TIME as `OffsetDateTime.parse` accepts it (case-insensitive, seconds and a
 * 0..9-digit fraction optional, offset `Z` or `±HH:MM[:SS]`).
 */
const OFFSET_DATE_TIME =
  /^([+-]\d{5,9}|-?\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2})(?::(\d{2}))?)$/i;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (valid far beyond `Date`'s range). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Parses an RFC 3339 / ISO-8601 instant with offset into epoch microseconds, rounding a
 * sub-microsecond fraction up so that "at or after" stays exact. Returns undefined when
 * `OffsetDateTime.parse` would throw (bad syntax, Feb 30, hour 24, offset beyond ±18:00).
 */
export function parseOffsetDateTime(text: string): number | undefined {
  const m = OFFSET_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om, os] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetSeconds = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const offH = Number(oh);
    const offM = Number(om);
    const offS = os === undefined ? 0 : Number(os);
    if (offM > 59 || offS > 59) return undefined;
    offsetSeconds = offH * 3600 + offM * 60 + offS;
    if (offsetSeconds > 18 * 3600) return undefined;
    if (sign === '-') offsetSeconds = -offsetSeconds;
  }
  const nanos = frac === undefined ? 0 : Number(frac.padEnd(9, '0'));
  const epochSeconds =
    daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  return epochSeconds * 1_000_000 + Math.ceil(nanos / 1000);
}
