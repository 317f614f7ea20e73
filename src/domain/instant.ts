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
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? null : millis;
}

/** The span between two instants in ms, or null unless both are known and ordered. */
export function durationBetween(start: EpochMillis | null, end: EpochMillis | null): number | null {
  return start !== null && end !== null && end >= start ? end - start : null;
}
