import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { SaeJobTemplateFilter as ProviderFilter, SaeTagFilter } from '../../domain/sae-job-filter';
import type { SaeJobTemplateFilter, SaeJobTemplateOrder } from './sae-job-template.args';

function tagsOf(tags: readonly { key: string; value?: string | null }[]): SaeTagFilter[] {
  return tags.map((tag) => {
    if (tag.key.trim() === '')
      throw new BadUserInputError('A tag key must not be empty.', { argument: 'filter.tags' });
    return tag.value == null ? { key: tag.key } : { key: tag.key, value: tag.value };
  });
}

function appIdsOf(appIds: readonly string[]): string[] {
  // A server that takes comma-joined ids would split such an id in two; AppIds are UUIDs anyway.
  if (appIds.some((id) => id.trim() === '' || id.includes(','))) {
    throw new BadUserInputError('Job template ids must be non-empty and contain no commas.', {
      argument: 'filter.appIds',
    });
  }
  return [...appIds];
}

/**
 * The ListJobs filter for the GraphQL arguments, validated. Keys are added in a fixed order and
 * only when set, so the result doubles as the cursor binding of the listing.
 */
export function toSaeTemplateFilter(
  filter: SaeJobTemplateFilter | null | undefined,
  order: SaeJobTemplateOrder | null | undefined,
): ProviderFilter {
  // Each id is its own ListJobs (FieldValue is one value), so SAE never orders them against each other.
  if (filter?.appIds != null && order != null) {
    throw new BadUserInputError(
      'orderBy does not apply with filter.appIds: those templates come in the order of the ids given.',
      { argument: 'orderBy' },
    );
  }
  return {
    ...(filter?.appName != null ? { appName: filter.appName } : {}),
    ...(filter?.namespaceId != null ? { namespaceId: filter.namespaceId } : {}),
    ...(filter?.tags != null && filter.tags.length > 0 ? { tags: tagsOf(filter.tags) } : {}),
    ...(filter?.appIds != null ? { field: { type: 'appIds' as const, value: appIdsOf(filter.appIds) } } : {}),
    ...(order != null ? { orderBy: order.field, ascending: order.ascending } : {}),
  };
}
