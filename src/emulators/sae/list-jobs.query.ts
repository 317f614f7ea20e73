import type { SaeListJobsCriteria, SaeTagFilter } from './list-jobs.filter';
import type { SaeParams } from './param-reader.query';

/**
 * How ListJobs reads `FieldValue` under `FieldType=appIds`. `strict`, the documented behaviour:
 * one value, "the job template ID of the target job template", matched exactly, so "a,b" is one
 * id that no template has. `comma-list`: several ids joined by commas, each looked up (what a
 * batching client hopes for; the documentation never says it works). An AppId is an identifier,
 * so strict matches it whole, unlike AppName, which the page calls a name and SAE matches by fragment.
 */
export type SaeFieldValueMode = 'strict' | 'comma-list';

/** The modes, for option and flag checks. */
export const SAE_FIELD_VALUE_MODES: readonly SaeFieldValueMode[] = ['strict', 'comma-list'];

/** The AppIds a `FieldType=appIds` FieldValue names under `mode`. */
function appIdsOf(fieldValue: string, mode: SaeFieldValueMode): string[] {
  if (mode === 'strict') return [fieldValue];
  return fieldValue
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Parses `Tags`, a JSON string `[{"key":"k","value":"v"}]` the SDK passes through as-is. */
function readTags(params: SaeParams): SaeTagFilter[] {
  const text = params.string('Tags');
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw params.invalid('Tags', 'must be a JSON array of {"key","value"} objects');
  }
  if (!Array.isArray(parsed)) throw params.invalid('Tags', 'must be a JSON array of {"key","value"} objects');
  return parsed.map((entry: unknown) => {
    const { key, value } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    if (
      typeof key !== 'string' ||
      key === '' ||
      (value !== undefined && value !== null && typeof value !== 'string')
    ) {
      throw params.invalid('Tags', 'every tag needs a non-empty string "key" and an optional string "value"');
    }
    return typeof value === 'string' ? { key, value } : { key };
  });
}

/**
 * Reads the ListJobs filters. `Workload` may be left out (the operation only lists jobs) but any
 * value other than `job` is rejected, since the doc says it must be `job`. FieldValue without a
 * FieldType, or a FieldType without a FieldValue, filters nothing. Reverse only matters with OrderBy.
 * `fieldValue` says how an appIds FieldValue is read (SaeFieldValueMode).
 */
export function readListJobsCriteria(params: SaeParams, fieldValue: SaeFieldValueMode): SaeListJobsCriteria {
  params.oneOf('Workload', ['job']);
  const nameContains: string[] = [];
  const appName = params.string('AppName')?.trim();
  if (appName) nameContains.push(appName.toLowerCase());
  const fieldType = params.oneOf('FieldType', ['appName', 'appIds']);
  const value = params.string('FieldValue')?.trim();
  if (fieldType === 'appName' && value) nameContains.push(value.toLowerCase());
  const appIds = fieldType === 'appIds' && value ? appIdsOf(value, fieldValue) : undefined;
  const orderBy = params.oneOf('OrderBy', ['running', 'instances']);
  const reverse = params.bool('Reverse', false);
  const namespaceId = params.string('NamespaceId')?.trim();
  return {
    nameContains,
    ...(namespaceId ? { namespaceId } : {}),
    tags: readTags(params),
    ...(appIds ? { appIds } : {}),
    order: orderBy ?? 'default',
    // Per the doc, Reverse=true is ascending and false (the default) descending.
    ascending: orderBy !== undefined && reverse,
  };
}
