import type { PaiJob } from '../domain/pai-job';
import { paiStatusesFor } from '../domain/pai-job-status';
import { grantedScope } from '../domain/tenant-grants';
import { PAI_LIST_JOBS_MAX_PAGE_SIZE } from '../domain/upstream-page-limits';
import { requirePushedDownScope } from '../errors/pushed-down-scope';
import { compareNewestFirst, isAfter } from '../pagination/merge-order';
import { readNumberedWindow, type FetchNumberedPage, type PageCapMemo } from '../pagination/numbered-window';
import { inScope, listInstance, type JobFeed, type JobList } from './job-feed';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from './job-query-filter';
import type { JobsPageContext } from './jobs-context';
import { jobItem, type JobItem } from './listed-job';
import { trimTrailingTies } from './trim-trailing-ties';

/** Fewest items one read asks for. */
const MIN_READ = 50;

/** The one PAI status behind the filter's normalized statuses, when there is one: ListJobs takes one Status per call. */
function pushedStatus(filter: JobQueryFilter) {
  if (!filter.statuses) return undefined;
  const raw = [...filter.statuses].flatMap(paiStatusesFor);
  return raw.length === 1 ? raw[0] : undefined;
}

/**
 * One instance's jobs, newest first: ListJobs sorted by GmtCreateTime descending, with the window
 * [createdAfter, resume point] pushed down on creation time (the documented default), so each read starts at page 1 of a
 * window that already begins where the merge stopped. `workspaceId`: only that granted workspace's
 * jobs (a tenant limited to some workspaces has one list per workspace).
 */
function instanceList(
  context: JobsPageContext,
  filter: JobQueryFilter,
  instanceId: string,
  workspaceId?: string,
): JobList {
  const status = pushedStatus(filter);
  // The page size this listing was seen to serve, kept across the page's reads of it.
  const memo: PageCapMemo = {};
  return {
    key: workspaceId === undefined ? `pai:${instanceId}` : `pai:${instanceId}:${workspaceId}`,
    newestPossible: null,
    async fetch(after, limit) {
      const upper = createdUpperBound(filter, after?.createdAt ?? null);
      const items: JobItem[] = [];
      // At least a modest page: the gateway-side filters may drop items, and each call has a fixed cost.
      const pageSize = Math.min(PAI_LIST_JOBS_MAX_PAGE_SIZE, Math.max(limit, MIN_READ));
      const fetchPage: FetchNumberedPage<PaiJob> = async (pageNumber, size) => {
        context.reads.count();
        const page = await context.loaders.paiDlc.jobPages.load({
          instanceId,
          filter: {
            ...(status ? { status } : {}),
            ...(workspaceId !== undefined ? { workspaceId } : {}),
            // DisplayName is documented as a fuzzy, case-insensitive match: the same test nameContains makes.
            ...(filter.nameContains !== null ? { displayName: filter.nameContains } : {}),
            // No TimeRangeField: the documentation names no value for it, only that the window is on
            // creation time by default, which is the time this list is ordered and resumed by.
            window: {
              ...(filter.createdAfter !== null ? { from: filter.createdAfter } : {}),
              ...(upper !== null ? { to: upper } : {}),
            },
          },
          page: { pageNumber, pageSize: size, sortBy: 'GmtCreateTime', order: 'desc' },
        });
        if (workspaceId !== undefined)
          requirePushedDownScope(page.items, (job) => job.workspaceId === workspaceId, 'PAI_DLC', 'ListJobs');
        return page;
      };
      // Read by count against TotalCount: a server serving shorter pages than asked is read on.
      let offset = 0;
      let total = 0;
      do {
        const page = await readNumberedWindow(fetchPage, offset, offset + pageSize, pageSize, memo);
        total = page.total;
        for (const job of page.items) {
          if (!matchesJobFilter(job, filter)) continue;
          const item = jobItem(job);
          if (isAfter(item, after)) items.push(item);
        }
        offset += page.items.length;
        if (page.items.length === 0) break;
      } while (items.length < limit && offset < total);
      items.sort(compareNewestFirst);
      const more = offset < total || items.length > limit;
      return { items: trimTrailingTies(items.slice(0, limit), more), more };
    },
  };
}

/**
 * PAI-DLC: one list per instance in scope (unless the status filter leaves nothing PAI could match);
 * for a tenant limited to some PAI workspaces, one per granted workspace instead.
 */
export const paiJobFeed: JobFeed = {
  provider: 'PAI_DLC',
  instances: async (context, filter) => {
    const workspaces = grantedScope(context.tenant, 'paiWorkspaces', null);
    return Promise.all(
      context.instances.paiDlc
        .filter((instance) => inScope(filter, 'PAI_DLC', instance.regionId))
        .map((instance) =>
          listInstance('PAI_DLC', instance.id, async () =>
            filter.statuses && [...filter.statuses].flatMap(paiStatusesFor).length === 0
              ? []
              : workspaces === null
                ? [instanceList(context, filter, instance.id)]
                : workspaces.map((workspaceId) => instanceList(context, filter, instance.id, workspaceId)),
          ),
        ),
    );
  },
};
