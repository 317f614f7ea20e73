import type { PaiJob } from '../../domain/pai-job';
import { PAI_LIST_JOBS_MAX_PAGE_SIZE, type PaiJobStatus } from '../../loaders/pai-dlc.loaders';
import { sliceConcatenated, type ConcatSource } from '../../pagination/concat-slicer';
import { connectionOf, type Connection } from '../../pagination/connection';
import { toPageRequest, type PageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceNumbered, type FetchNumberedPage } from '../../pagination/numbered-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { PaiJobsArgs } from './pai-job.args';
import { selectInstances } from '../common/instances';
import { toPaiListing, type PaiListing } from './pai-job-filter';
import { comparePaiJobs } from './pai-job-order';
import { paiJobNode, type PaiJobNode } from './pai-nodes';
import { sliceMerged } from './pai-status-merge';

/** One ListJobs listing of one instance (one Status, or none), as a page-number fetcher. */
function listingOf(
  context: GatewayContext,
  listing: PaiListing,
  instanceId: string,
  status?: PaiJobStatus,
): FetchNumberedPage<PaiJob> {
  const filter = status === undefined ? listing.filter : { ...listing.filter, status };
  return (pageNumber, pageSize) =>
    context.loaders.paiDlc.jobPages.load({
      instanceId,
      filter,
      page: { pageNumber, pageSize, sortBy: listing.sortBy, order: listing.order },
    });
}

/**
 * One instance's slice. No status condition or one status: one ListJobs listing, paged by number.
 * Several statuses: ListJobs filters on one Status per call, so each status is its own listing and
 * the listings are merged in the requested order (sliceMerged). Listing everything and filtering
 * in the gateway would have to scan unboundedly and could not count; the merge is exact, pages both
 * ways and costs one call per status.
 */
function sliceInstance(
  context: GatewayContext,
  listing: PaiListing,
  instanceId: string,
  request: PageRequest,
  binding: string,
): Promise<Connection<PaiJob>> {
  const statuses = listing.statuses;
  if (statuses !== null && statuses.length === 0)
    return Promise.resolve(connectionOf<PaiJob>([], { hasNextPage: false, hasPreviousPage: false }, 0));
  if (statuses === null || statuses.length === 1) {
    return sliceNumbered(
      listingOf(context, listing, instanceId, statuses?.[0]),
      request,
      PAI_LIST_JOBS_MAX_PAGE_SIZE,
      context.cursors,
      binding,
    );
  }
  const listings = statuses.map((status) => listingOf(context, listing, instanceId, status));
  return sliceMerged(
    listings,
    comparePaiJobs(listing.sortBy, listing.order),
    request,
    PAI_LIST_JOBS_MAX_PAGE_SIZE,
    context.cursors,
    binding,
  );
}

/** An instance's total: one one-item ListJobs per listing (shared with any the page already made). */
async function instanceTotal(
  context: GatewayContext,
  listing: PaiListing,
  instanceId: string,
): Promise<number> {
  const statuses: readonly (PaiJobStatus | undefined)[] = listing.statuses ?? [undefined];
  const totals = await Promise.all(
    statuses.map(async (status) => (await listingOf(context, listing, instanceId, status)(1, 1)).totalCount),
  );
  return totals.reduce((sum, total) => sum + total, 0);
}

/**
 * `Query.paiJobs`: every selected instance's jobs, one instance after another in config order,
 * paged by number in both directions. totalCount is lazy: it reuses the totals the page already
 * learnt and spends one-item ListJobs calls only on instances (and statuses) the page did not reach.
 */
export async function listPaiJobs(
  context: GatewayContext,
  args: PaiJobsArgs,
): Promise<ConnectionResult<PaiJobNode>> {
  const request = toPageRequest(args);
  const instances = selectInstances(context.providers.paiDlc, args.filter, 'PAI-DLC');
  const listing = toPaiListing(args.filter, args.orderBy);
  const scope = { instances: args.filter?.instances ?? null, regions: args.filter?.regions ?? null };
  const binding = cursorBinding(['paiJobs', null, scope, listing]);
  const totals = new Map<string, number>();
  const sources: ConcatSource<PaiJob>[] = instances.map((instance) => ({
    key: instance.id,
    async slice(inner) {
      const page = await sliceInstance(context, listing, instance.id, inner, binding);
      if (page.totalCount !== null) totals.set(instance.id, page.totalCount);
      return page;
    },
  }));
  const page = await sliceConcatenated(sources, request, context.cursors, binding);
  const nodes = {
    ...page,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: paiJobNode(edge.node) })),
  };
  return toConnectionResult(nodes, async () => {
    const counts = await Promise.all(
      instances.map(
        async (instance) => totals.get(instance.id) ?? (await instanceTotal(context, listing, instance.id)),
      ),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  });
}
