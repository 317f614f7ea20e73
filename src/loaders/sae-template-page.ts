import type { SaeJobTemplate } from '../domain/sae-job';
import type { NumberedPage } from '../domain/upstream-page';
import { requirePushedDownScope } from '../errors/pushed-down-scope';
import { UpstreamError } from '../errors/upstream.error';
import type { SaeJobTemplateFilter } from '../domain/sae-job-filter';
import type { SaeLoaders } from './sae.loaders';

/**
 * One ListJobs page of an instance, or of one granted namespace of it (`namespaceId`: NamespaceId
 * pushed down). A tenant's grant names namespaces across every SAE instance, and SAE answers a
 * NamespaceId it does not have with NOT_FOUND: that namespace simply holds no templates on this
 * instance. A namespace page holding another namespace's template fails closed. The one way both
 * the template connection and the jobs feed read a page.
 */
export async function loadSaeTemplatePage(
  loaders: SaeLoaders,
  instanceId: string,
  filter: SaeJobTemplateFilter,
  page: { readonly currentPage: number; readonly pageSize: number },
  namespaceId?: string,
): Promise<NumberedPage<SaeJobTemplate>> {
  if (namespaceId === undefined) return loaders.templatePages.load({ instanceId, filter, page });
  let loaded: NumberedPage<SaeJobTemplate>;
  try {
    loaded = await loaders.templatePages.load({ instanceId, filter: { ...filter, namespaceId }, page });
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return { items: [], totalCount: 0 };
    throw error;
  }
  requirePushedDownScope(loaded.items, (item) => item.namespaceId === namespaceId, 'SAE', 'ListJobs');
  return loaded;
}
