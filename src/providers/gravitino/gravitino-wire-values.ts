/**
 * Readers for values of a parsed Gravitino body. Bodies are JSON from the network, so a field may
 * hold any type whatever the DTO says; these make the mappers total (no throw on odd records).
 */

/** A string, or null for anything else. */
export function wireText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The strings of an array; absent (NON_NULL omitted) or non-array values give an empty list. */
export function wireStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A string-to-string map; entries whose value is not a string are dropped, absent gives `{}`. */
export function wireStringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
