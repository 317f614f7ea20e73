// Tolerant readers for PAI-DLC wire values. The DTO types say what PAI documents, but a body is only
// parsed JSON, so the mappers read every field through these: a missing, null or oddly typed value
// becomes null (or an empty list or map) instead of an exception or a wrong type in the domain.
import { fromIsoString, type EpochMillis } from '../../domain/instant';

/** The value as a wire object of type T when it is a plain JSON object, else null. */
export function wireObject<T extends object>(value: T | null | undefined): T | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** A non-empty string; PAI sends "" for "not set" (see the doc example), so "" is null. */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  // Java backends sometimes serialize numeric ids as numbers.
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** A finite number; numeric strings are accepted (NodeCount, RestartTimes arrive as strings). */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  return null;
}

/** A boolean; "true" / "false" strings are accepted (CustomEnv Visible is one). */
export function flag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}

/** An ISO-8601 wire time as epoch ms; absent or unparsable times are null. */
export function time(value: unknown): EpochMillis | null {
  return typeof value === 'string' ? fromIsoString(value) : null;
}

/** The strings of a list; a missing list is empty, non-string and empty items are dropped. */
export function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item !== '')
    : [];
}

/** A comma-separated list (AssignNodeSpec NodeNames), split and trimmed; empty parts are dropped. */
export function commaList(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The objects of a list, mapped; a missing list is empty, non-object items are dropped. */
export function objects<T extends object, R>(
  value: readonly T[] | null | undefined,
  map: (item: T) => R,
): R[] {
  if (!Array.isArray(value)) return [];
  const out: R[] = [];
  for (const item of value as readonly unknown[]) {
    const record = wireObject(item as T);
    if (record) out.push(map(record));
  }
  return out;
}

/** A string map; scalar values become strings, other values and a non-object are dropped. */
export function stringMap(value: unknown): Record<string, string> {
  const record = wireObject(value as object | null | undefined);
  if (!record) return {};
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(record)) {
    if (typeof entry === 'string') out[key] = entry;
    else if (typeof entry === 'number' || typeof entry === 'boolean') out[key] = String(entry);
  }
  return out;
}

/** A free-form JSON map (AdvancedSettings), copied as is; a non-object is empty. */
export function jsonMap(value: unknown): Record<string, unknown> {
  const record = wireObject(value as object | null | undefined);
  return record ? { ...(record as Record<string, unknown>) } : {};
}
