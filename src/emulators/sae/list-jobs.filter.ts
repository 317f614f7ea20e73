import type { LruCache } from '../shared/lru-cache';
import type { SaeTemplateRow } from './sae.model';
import type { SaeTemplateIndex, SaeTemplateOrder } from './job-template.index';

/** One `Tags` filter entry; without a value it matches any template carrying the key. */
export interface SaeTagFilter {
  readonly key: string;
  readonly value?: string;
}

/** The normalized filters and order of one ListJobs call (paging aside). */
export interface SaeListJobsCriteria {
  /** Lower-cased name fragments (AppName, FieldType=appName); every one must occur in AppName. */
  readonly nameContains: readonly string[];
  readonly namespaceId?: string;
  /** Every tag must be present on the template. */
  readonly tags: readonly SaeTagFilter[];
  /** FieldType=appIds: only these templates. */
  readonly appIds?: readonly string[];
  readonly order: SaeTemplateOrder;
  readonly ascending: boolean;
}

function matches(row: SaeTemplateRow, criteria: SaeListJobsCriteria): boolean {
  if (criteria.namespaceId !== undefined && row.namespaceId !== criteria.namespaceId) return false;
  for (const fragment of criteria.nameContains) {
    if (!row.appNameLower.includes(fragment)) return false;
  }
  for (const tag of criteria.tags) {
    if (
      !row.tags.some(([key, value]) => key === tag.key && (tag.value === undefined || value === tag.value))
    ) {
      return false;
    }
  }
  return true;
}

function lookupAppIds(
  index: SaeTemplateIndex,
  criteria: SaeListJobsCriteria,
  appIds: readonly string[],
): Int32Array {
  const { rank } = index.ordering(criteria.order, criteria.ascending);
  const positions = new Set<number>();
  for (const appId of appIds) {
    const position = index.byAppId.get(appId);
    const row = position === undefined ? undefined : index.dataset.templates[position];
    if (position !== undefined && row && matches(row, criteria)) positions.add(position);
  }
  return Int32Array.from(positions).sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
}

/**
 * The positions (into `dataset.templates`) of the templates a ListJobs call selects, in listing
 * order. Unfiltered and namespace-only listings come straight from the indexes; an appIds lookup
 * costs O(ids); any other combination is scanned once and memoized, so its next pages are O(page).
 */
export function selectTemplates(
  index: SaeTemplateIndex,
  criteria: SaeListJobsCriteria,
  memo: LruCache<Int32Array>,
): Int32Array {
  if (criteria.appIds !== undefined) return lookupAppIds(index, criteria, criteria.appIds);
  const ordering = index.ordering(criteria.order, criteria.ascending);
  const onlyNamespace = criteria.nameContains.length === 0 && criteria.tags.length === 0;
  if (onlyNamespace && criteria.namespaceId === undefined) return ordering.positions;
  if (onlyNamespace && criteria.order === 'default' && criteria.namespaceId !== undefined) {
    return index.byNamespace.get(criteria.namespaceId) ?? new Int32Array(0);
  }
  return memo.getOrCreate(JSON.stringify(criteria), () => {
    const templates = index.dataset.templates;
    const base =
      criteria.order === 'default' && criteria.namespaceId !== undefined
        ? (index.byNamespace.get(criteria.namespaceId) ?? new Int32Array(0))
        : ordering.positions;
    return base.filter((position) => {
      const row = templates[position];
      return row !== undefined && matches(row, criteria);
    });
  });
}
