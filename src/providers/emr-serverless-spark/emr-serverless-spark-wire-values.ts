// Tolerant readers for wire values. The DTO types say what EMR documents, but a body is only parsed
// JSON, so the mappers read every field through these: a missing, null or oddly typed value becomes
// null (or an empty list) instead of an exception or a wrong type leaking into the domain.

/** A plain JSON object, or null. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A non-empty string; EMR sends "" for "not set" (e.g. the doc example's orderId), so "" is null. */
export function textOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  // Java backends sometimes serialize numeric ids as numbers.
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** A finite number; numeric strings are accepted, since some fields arrive as strings in practice. */
export function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/** A boolean; "true" / "false" strings are accepted. */
export function booleanOrNull(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}

/** The strings of a list; a missing list is empty, non-string items are dropped. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The objects of a list, mapped; a missing list is empty, non-object items are dropped. */
export function recordList<T>(value: unknown, map: (item: Readonly<Record<string, unknown>>) => T): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const item of value) {
    const record = asRecord(item);
    if (record) out.push(map(record));
  }
  return out;
}
