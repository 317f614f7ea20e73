import type { SaeJobTemplate } from '../../domain/sae-job';
import { UpstreamError } from '../../errors/upstream-error';
import type { SaeJobTemplateFilter } from '../../loaders/sae.loaders';
import type { NumberedPage } from '../../domain/upstream-page';
import type { GatewayContext } from '../gateway-context';

/**
 * One ListJobs page of one granted namespace (`filter.namespaceId` set). A tenant's grant names
 * namespaces across every SAE instance, and SAE answers a NamespaceId it does not have with a
 * NOT_FOUND error: that namespace simply holds no templates on this instance.
 */
export async function loadNamespacePage(
  context: GatewayContext,
  instanceId: string,
  filter: SaeJobTemplateFilter & { readonly namespaceId: string },
  page: { readonly currentPage: number; readonly pageSize: number },
): Promise<NumberedPage<SaeJobTemplate>> {
  try {
    return await context.loaders.sae.templatePages.load({ instanceId, filter, page });
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return { items: [], totalCount: 0 };
    throw error;
  }
}
