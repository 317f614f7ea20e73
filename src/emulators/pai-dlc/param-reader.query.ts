/** Readers for ListJobs' param value formats (enums, times, Tags JSON, lists, search words). */
import type { AlibabaQuery } from '../alibaba/alibaba.query';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The allowed value `value` names (case-insensitively), undefined when absent; else InvalidParameter. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  invalid: (name: string) => Error,
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw invalid(name);
  return found;
}

/** An ISO-8601 time param (UTC `Z` or an offset) as epoch ms; else InvalidParameter. */
export function time(
  query: AlibabaQuery,
  name: string,
  invalid: (name: string) => Error,
): number | undefined {
  const value = query.string(name);
  if (value === undefined) return undefined;
  const ms = ISO_UTC.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw invalid(name);
  return ms;
}

/** The Tags param: a JSON object of scalar values, sorted by key; else InvalidParameter. */
export function tags(query: AlibabaQuery, invalid: (name: string) => Error): [string, string][] | undefined {
  const parsed = query.json('Tags');
  if (parsed === undefined) return undefined;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid('Tags');
  const entries = Object.entries(parsed as Record<string, unknown>).map(([k, v]): [string, string] => {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw invalid('Tags');
    return [k, String(v)];
  });
  return entries.length === 0 ? undefined : entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Words of a full-text search param, lower-cased. */
export const tokens = (text: string | undefined): string[] | undefined =>
  text === undefined ? undefined : text.toLowerCase().split(/\s+/).filter(Boolean);

/** A comma-separated list param, trimmed, deduplicated and sorted. */
export const list = (text: string | undefined): string[] | undefined =>
  text === undefined
    ? undefined
    : [
        ...new Set(
          text
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].sort();

/** `AcceptQuotaOverSold-true` → type and whether idle resources were used. */
export function oversoldFilter(value: string): { type: string; use?: boolean } {
  const [type = value, use] = value.split('-');
  return use === undefined ? { type } : { type, use: use === 'true' };
}

/** `{[key]: value}`, or `{}` when value is undefined (keeps absent members absent). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
