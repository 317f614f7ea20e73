import type { SaeListJobsCriteria, SaeTagFilter } from './list-jobs.filter';
import type { SaeParams } from './param-reader.query';

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
 */
export function readListJobsCriteria(params: SaeParams): SaeListJobsCriteria {
  params.oneOf('Workload', ['job']);
  const nameContains: string[] = [];
  const appName = params.string('AppName')?.trim();
  if (appName) nameContains.push(appName.toLowerCase());
  const fieldType = params.oneOf('FieldType', ['appName', 'appIds']);
  const fieldValue = params.string('FieldValue')?.trim();
  let appIds: string[] | undefined;
  if (fieldType === 'appName' && fieldValue) nameContains.push(fieldValue.toLowerCase());
  if (fieldType === 'appIds' && fieldValue) {
    appIds = fieldValue
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
  }
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
