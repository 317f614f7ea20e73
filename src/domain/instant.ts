/**
 * The one time representation of the domain: milliseconds since the Unix epoch, UTC.
 * EMR sends epoch ms, SAE epoch seconds, PAI and Gravitino ISO-8601 strings; mappers convert
 * with these helpers so that sorting and merging across providers compare plain numbers.
 * Gravitino's microseconds are truncated to milliseconds.
 */
export type EpochMillis = number;

/** From epoch milliseconds; non-finite, non-positive or absent values are null (providers send 0 for "never"). */
export function fromEpochMillis(value: number | string | null | undefined): EpochMillis | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? Math.trunc(number) : null;
}

/** From epoch seconds (SAE). */
export function fromEpochSeconds(value: number | string | null | undefined): EpochMillis | null {
  const millis = fromEpochMillis(value);
  return millis === null ? null : millis * 1000;
}

/** From an ISO-8601 string (PAI, Gravitino); unparsable or absent values are null. */
export function fromIsoString(value: string | null | undefined): EpochMillis | null {
  if (!value) return null;
  const millis = parseUtcIso(value) ?? Date.parse(value);
  return Number.isNaN(millis) ? null : millis;
}

const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digits of `text` from `start` to `end` as a number, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The common shape `YYYY-MM-DDTHH:MM:SS[.fraction]Z` read by hand, the same as Date.parse reads it
 * (fraction truncated to ms); undefined for anything else, which Date.parse then reads. A whole
 * Gravitino list is thousands of jobs with several times each, and Date.parse was the largest
 * single cost of mapping one (issue 13's profile of a `jobs` page).
 */
function parseUtcIso(text: string): number | undefined {
  const length = text.length;
  if (length < 20 || text.charCodeAt(length - 1) !== 90 /* Z */) return undefined;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':')
    return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return undefined;
  let millis = 0;
  if (length > 20) {
    // A fraction: '.', then at least one digit, up to the Z.
    if (text[19] !== '.' || length === 21) return undefined;
    const fraction = digits(text, 20, length - 1);
    if (fraction < 0) return undefined;
    millis = digits(text, 20, Math.min(23, length - 1));
    for (let width = length - 21; width < 3; width++) millis *= 10;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/** The span between two instants in ms, or null unless both are known and ordered. */
export function durationBetween(start: EpochMillis | null, end: EpochMillis | null): number | null {
  return start !== null && end !== null && end >= start ? end - start : null;
}
