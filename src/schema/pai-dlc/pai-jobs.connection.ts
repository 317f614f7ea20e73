import type { PaiJob } from '../../domain/pai-job';
import { grantedScope } from '../../domain/tenant-grants';
import type { PaiJobStatus } from '../../domain/pai-job-status';
import { PAI_LIST_JOBS_MAX_PAGE_SIZE } from '../../domain/upstream-page-limits';
import { connectionOf, mapPage, type Connection } from '../../pagination/connection';
import { toPageRequest, type PageRequest } from '../../pagination/connection-args';
import { sliceConcatenatedCounted, type CountedSource } from '../../pagination/counted-concat-slicer';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceNumberedMerge } from '../../pagination/numbered-merge-slicer';
import { sliceNumbered, type FetchNumberedPage } from '../../pagination/numbered-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import { requirePushedDownScope } from '../../errors/pushed-down-scope';
import type { GatewayContext } from '../gateway-context';
import type { PaiJobsArgs } from './pai-job.args';
import { toPaiListing, type PaiListing } from './pai-job.filter';
import { paiMergeOrder } from './pai-job.order';
import { paiJobNode, type PaiJobNode } from './pai-nodes';

/** One ListJobs listing: a Status (or none) and a granted WorkspaceId (or none: the tenant is not limited). */
interface ListingPart {
  readonly status?: PaiJobStatus;
  readonly workspaceId?: string;
}

/**
 * The listings one instance's page merges: one per status asked for, times one per workspace the
 * tenant is granted (ListJobs takes one WorkspaceId per call). `workspaces` null: not limited.
 */
function partsOf(listing: PaiListing, workspaces: readonly string[] | null): ListingPart[] {
  const statuses: readonly (PaiJobStatus | undefined)[] = listing.statuses ?? [undefined];
  const spaces: readonly (string | undefined)[] = workspaces ?? [undefined];
  return statuses.flatMap((status) =>
    spaces.map((workspaceId) => ({
      ...(status !== undefined ? { status } : {}),
      ...(workspaceId !== undefined ? { workspaceId } : {}),
    })),
  );
}

/** One ListJobs listing of one instance, as a page-number fetcher. */
function listingOf(
  context: GatewayContext,
  listing: PaiListing,
  instanceId: string,
  part: ListingPart,
): FetchNumberedPage<PaiJob> {
  const filter = grantedFilter(listing, part);
  return async (pageNumber, pageSize) => {
    const page = await context.loaders.paiDlc.jobPages.load({
      instanceId,
      filter,
      page: { pageNumber, pageSize, sortBy: listing.sortBy, order: listing.order },
    });
    if (part.workspaceId !== undefined)
      requirePushedDownScope(
        page.items,
        (job) => job.workspaceId === part.workspaceId,
        'PAI_DLC',
        'ListJobs',
      );
    return page;
  };
}

/**
 * The listing's filter for one part. A granted workspace replaces FromAllWorkspaces: across the
 * tenant's workspaces is all the tenant has, and ListJobs ignores WorkspaceId beside that flag.
 */
function grantedFilter(listing: PaiListing, part: ListingPart): PaiListing['filter'] {
  if (part.workspaceId === undefined)
    return part.status === undefined ? listing.filter : { ...listing.filter, status: part.status };
  const { fromAllWorkspaces: _all, ...rest } = listing.filter;
  return {
    ...rest,
    workspaceId: part.workspaceId,
    ...(part.status !== undefined ? { status: part.status } : {}),
  };
}

/**
 * One instance's slice. One listing (no status condition or one status, tenant not limited to
 * several workspaces): ListJobs paged by number. Several: ListJobs filters on one Status and one
 * WorkspaceId per call, so each pair is its own listing and the listings are merged in the
 * requested order (sliceMerged). Listing everything and filtering in the gateway would have to scan
 * unboundedly and could not count; the merge is exact, pages both ways and costs one call per listing.
 */
function sliceInstance(
  context: GatewayContext,
  listing: PaiListing,
  parts: readonly ListingPart[],
  instanceId: string,
  request: PageRequest,
  binding: string,
): Promise<Connection<PaiJob>> {
  const [only] = parts;
  if (only === undefined)
    return Promise.resolve(connectionOf<PaiJob>([], { hasNextPage: false, hasPreviousPage: false }, 0));
  if (parts.length === 1) {
    return sliceNumbered(
      listingOf(context, listing, instanceId, only),
      request,
      PAI_LIST_JOBS_MAX_PAGE_SIZE,
      context.cursors,
      binding,
    );
  }
  const listings = parts.map((part) => listingOf(context, listing, instanceId, part));
  return sliceNumberedMerge(
    listings,
    paiMergeOrder(listing.sortBy, listing.order),
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
  parts: readonly ListingPart[],
  instanceId: string,
): Promise<number> {
  const totals = await Promise.all(
    parts.map(async (part) => (await listingOf(context, listing, instanceId, part)(1, 1)).totalCount),
  );
  return totals.reduce((sum, total) => sum + total, 0);
}

/**
 * `Query.paiJobs`: every selected instance's jobs, one instance after another in config order,
 * paged by number in both directions. totalCount is lazy: it reuses the totals the page already
 * learnt and spends one-item ListJobs calls only on instances (and statuses) the page did not reach.
 */
export async function loadPaiJobConnection(
  context: GatewayContext,
  args: PaiJobsArgs,
): Promise<ConnectionResult<PaiJobNode>> {
  const request = toPageRequest(args);
  const instances = context.instances.select('PAI_DLC', args.filter);
  const listing = toPaiListing(args.filter, args.orderBy);
  // A tenant limited to some PAI workspaces lists only those, each pushed down as WorkspaceId.
  const workspaces = grantedScope(context.tenant, 'paiWorkspaces', listing.filter.workspaceId);
  const parts = partsOf(listing, workspaces);
  // Refuse a merge in an order jobgraph cannot know before any call is made.
  if (parts.length > 1) paiMergeOrder(listing.sortBy, listing.order);
  const scope = { instances: args.filter?.instances ?? null, regions: args.filter?.regions ?? null };
  const binding = cursorBinding(['paiJobs', null, scope, listing, workspaces]);
  const sources: CountedSource<PaiJob>[] = instances.map((instance) => ({
    key: instance.id,
    slice: (inner) => sliceInstance(context, listing, parts, instance.id, inner, binding),
    count: () => instanceTotal(context, listing, parts, instance.id),
  }));
  const { page, totalCount } = await sliceConcatenatedCounted(sources, request, context.cursors, binding);
  return toConnectionResult(mapPage(page, paiJobNode), totalCount);
}
