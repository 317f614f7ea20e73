import type { QuotaResources } from '../../domain/workspace';
import { asRecord } from './emr-wire-values';

function quantity(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function parseJson(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    // A doubly encoded value ("\"{...}\"") is one more JSON string to unwrap.
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
  } catch {
    // The doc page's example shows the string with its quotes still escaped ({\"cpu\":\"0\"}); accept that too.
    if (!text.includes('\\"')) return undefined;
    try {
      return JSON.parse(text.replace(/\\"/g, '"'));
    } catch {
      return undefined;
    }
  }
}

/**
 * Parses one of prePaidQuota's JSON-string resource fields (usedResource, maxResource,
 * allocatedResource). Absent or empty is null; a string that is not a JSON object is kept as `raw`
 * with `parsed: false`, so an unexpected format is visible instead of lost or fatal.
 */
export function parseQuotaResources(value: unknown): QuotaResources | null {
  if (value === undefined || value === null || value === '') return null;
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  const object = asRecord(typeof value === 'string' ? parseJson(value) : value);
  if (!object) return { parsed: false, cpu: null, memory: null, cu: null, raw };
  return {
    parsed: true,
    cpu: quantity(object.cpu),
    memory: quantity(object.memory),
    cu: quantity(object.cu),
    raw,
  };
}
