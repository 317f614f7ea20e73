// Tolerant readers for SAE wire values. The DTO types say what SAE documents, but a body is only
// parsed JSON, so the mappers read every field through these: one odd field costs that field (null,
// or an empty list), not the whole record.

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string, else null (SAE sends "" for "none", e.g. ImageUrl). */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A string with more than whitespace in it, else null. */
export function nonBlank(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A finite number; numeric strings are accepted since some SAE counters are strings elsewhere. */
export function count(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

/** A boolean; "true" / "false" strings are accepted. */
export function flag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}

/** A list of strings; a lone string counts as a one-item list, anything else is dropped. */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * 1e11 seconds is the year 5138, while every epoch-milliseconds value since March 1973 is above it:
 * a number this large only makes sense as milliseconds.
 */
const MILLISECONDS_LIKE = 1e11;

/** What epochSeconds made of a value: the instant (null for "never"), or the reason it refused it. */
export type EpochSecondsReading = { readonly millis: number | null } | { readonly refused: 'milliseconds' };

/**
 * An SAE time: epoch seconds (the ListJobs example's `1657522800`), as epoch ms. Absent, 0 or not a
 * number is null ("never", as SAE sends 0); a value only milliseconds explain (13 digits) is
 * refused rather than read as a date tens of thousands of years away or divided by a guess.
 */
export function epochSeconds(value: unknown): EpochSecondsReading {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return { millis: null };
  if (seconds >= MILLISECONDS_LIKE) return { refused: 'milliseconds' };
  return { millis: Math.trunc(seconds) * 1000 };
}
