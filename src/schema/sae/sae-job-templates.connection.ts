import type { SaeJobTemplate } from '../../domain/sae-job';
import { grantedScope } from '../../domain/tenant-grants';
import type { SaeJobTemplateFilter } from '../../domain/sae-job-filter';
import { SAE_LIST_JOBS_MAX_PAGE_SIZE } from '../../domain/upstream-page-limits';
import { toPageRequest } from '../../pagination/connection-args';
import { sliceConcatenatedCounted, type CountedSource } from '../../pagination/counted-concat-slicer';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceNumbered } from '../../pagination/numbered-slicer';
import type { NumberedPage } from '../../domain/upstream-page';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import { loadSaeTemplatePage } from '../../loaders/sae-template-page';
import type { GatewayContext } from '../gateway-context';
import type { SaeJobTemplatesArgs } from './sae-job-template.args';
import { toSaeTemplateFilter } from './sae-job-template.filter';
import { saeJobTemplateNode, type SaeJobTemplateNode } from './sae-nodes';

/** One ListJobs listing a page concatenates: an instance, and a granted namespace when the tenant is limited. */
interface TemplateListing {
  readonly key: string;
  readonly instanceId: string;
  readonly namespaceId?: string;
}

/** The listings in order: instances in config order, each one's granted namespaces in grant order. */
function listingsOf(instanceIds: readonly string[], namespaces: readonly string[] | null): TemplateListing[] {
  return instanceIds.flatMap((instanceId) =>
    namespaces === null
      ? [{ key: instanceId, instanceId }]
      : namespaces.map((namespaceId) => ({
          key: JSON.stringify([instanceId, namespaceId]),
          instanceId,
          namespaceId,
        })),
  );
}

/**
 * `Query.saeJobTemplates`: every selected instance's ListJobs listing, one after another in config
 * order, paged by number in both directions. totalCount is lazy: it reuses the totals the page
 * already fetched and spends one one-item ListJobs only on listings the page did not reach. A tenant
 * limited to some SAE namespaces gets one listing per granted namespace (NamespaceId pushed down,
 * `orderBy` applying within each), so totals stay exact; a granted namespace an instance does not
 * have lists nothing there.
 */
export async function loadSaeJobTemplateConnection(
  context: GatewayContext,
  args: SaeJobTemplatesArgs,
): Promise<ConnectionResult<SaeJobTemplateNode>> {
  const request = toPageRequest(args);
  const instances = context.instances.select('SAE', args.filter);
  const filter: SaeJobTemplateFilter = toSaeTemplateFilter(args.filter, args.orderBy);
  const namespaces = grantedScope(context.tenant, 'saeNamespaces', filter.namespaceId);
  const listings = listingsOf(
    instances.map((instance) => instance.id),
    namespaces,
  );
  const scope = { instances: args.filter?.instances ?? null, regions: args.filter?.regions ?? null };
  const binding = cursorBinding(['saeJobTemplates', null, scope, filter, namespaces]);
  const loadPage = (listing: TemplateListing, currentPage: number, pageSize: number) =>
    loadListingPage(context, filter, listing, { currentPage, pageSize });
  const sources: CountedSource<SaeJobTemplateNode>[] = listings.map((listing) => ({
    key: listing.key,
    slice: (inner) =>
      sliceNumbered(
        async (number, size) => {
          const { items, totalCount } = await loadPage(listing, number, size);
          return { items: items.map(saeJobTemplateNode), totalCount };
        },
        inner,
        SAE_LIST_JOBS_MAX_PAGE_SIZE,
        context.cursors,
        binding,
      ),
    count: async () => (await loadPage(listing, 1, 1)).totalCount,
  }));
  const { page, totalCount } = await sliceConcatenatedCounted(sources, request, context.cursors, binding);
  return toConnectionResult(page, totalCount);
}

/** One ListJobs page of a listing; a granted namespace's page is checked to hold only that namespace. */
function loadListingPage(
  context: GatewayContext,
  filter: SaeJobTemplateFilter,
  listing: TemplateListing,
  page: { currentPage: number; pageSize: number },
): Promise<NumberedPage<SaeJobTemplate>> {
  return loadSaeTemplatePage(context.loaders.sae, listing.instanceId, filter, page, listing.namespaceId);
}
