import type { SaeJobExecution, SaeJobTemplate } from '../domain/sae-job';
import { saeStateForStatus, type SaeJobState } from '../domain/sae-job-status';
import { grantedScope } from '../domain/tenant-grants';
import { SAE_JOB_HISTORY_MAX_PAGE_SIZE, SAE_LIST_JOBS_MAX_PAGE_SIZE } from '../domain/upstream-page-limits';
import { loadSaeTemplatePage } from '../loaders/sae-template-page';
import { compareNewestFirst, isAfter } from '../pagination/merge-order';
import { readNumberedWindow, type FetchNumberedPage, type PageCapMemo } from '../pagination/numbered-window';
import { inScope, listInstance, type JobFeed, type JobList, type ListRead } from './job-feed';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from './job-query-filter';
import type { JobsContext, JobsPageContext } from './jobs-context';
import { jobItem, jobListIdPrefix, type JobItem } from './listed-job';
import { NewestFirstCheck, type InstanceOrder } from './newest-first-check';
import { sliceWholeList } from './whole-list';

/** Executions read per DescribeJobHistory call; fixed so page numbers kept in cursors stay valid. */
const HISTORY_PAGE_SIZE = 50;

/** Whether `time` is strictly older than `than` newest first (null, an unknown time, is oldest). */
function isOlder(time: number | null, than: number | null): boolean {
  return than !== null && (time === null || time < than);
}

/** The one SAE state a status filter can push down, when it maps to exactly one. */
function pushedState(filter: JobQueryFilter): SaeJobState | undefined {
  if (!filter.statuses) return undefined;
  const states = new Set([...filter.statuses].map(saeStateForStatus));
  const [only] = states;
  return states.size === 1 && only !== null && only !== undefined ? only : undefined;
}

/**
 * Every template of an instance, or of one granted namespace of it: one sweep of ListJobs at its
 * largest page (ceil(n / 200) calls), read by count against TotalSize so a server serving shorter
 * pages is still read to the end.
 */
async function allTemplates(
  context: JobsContext,
  instanceId: string,
  namespaceId?: string,
): Promise<SaeJobTemplate[]> {
  const templates: SaeJobTemplate[] = [];
  const memo: PageCapMemo = {};
  const fetch: FetchNumberedPage<SaeJobTemplate> = (currentPage, pageSize) =>
    loadSaeTemplatePage(context.loaders.sae, instanceId, {}, { currentPage, pageSize }, namespaceId);
  for (;;) {
    const start = templates.length;
    const page = await readNumberedWindow(
      fetch,
      start,
      start + SAE_LIST_JOBS_MAX_PAGE_SIZE,
      SAE_LIST_JOBS_MAX_PAGE_SIZE,
      memo,
    );
    templates.push(...page.items);
    if (page.items.length === 0 || templates.length >= page.total) return templates;
  }
}

/** The templates a tenant may read: all of them, or those of each granted namespace in turn. */
async function grantedTemplates(context: JobsContext, instanceId: string): Promise<SaeJobTemplate[]> {
  const namespaces = grantedScope(context.tenant, 'saeNamespaces', null);
  if (namespaces === null) return allTemplates(context, instanceId);
  const lists = await Promise.all(
    namespaces.map((namespace) => allTemplates(context, instanceId, namespace)),
  );
  return lists.flat();
}

/**
 * One template's history as a list; the hint is the history page (of HISTORY_PAGE_SIZE) to resume
 * reading at. DescribeJobHistory documents no order: a read stops early (enough items, or past
 * createdAfter) and skips pages by its hint only while every execution arrived newest first
 * (NewestFirstCheck); once one did not, the whole history is read, the skipped pages too, sorted,
 * and the rest of the page is served from it, and the instance's other histories are read whole
 * from the start.
 */
function templateList(
  context: JobsPageContext,
  filter: JobQueryFilter,
  template: SaeJobTemplate,
  instanceOrder: InstanceOrder,
): JobList {
  const state = pushedState(filter);
  const memo: PageCapMemo = {};
  let read: ListRead = 'PAGED_NEWEST_FIRST';
  /** The history's matching executions, sorted, once a read had to take it whole. */
  let whole: JobItem[] | undefined;
  return {
    key: `sae:${template.instanceId}:${template.appId}`,
    // LastStartTime is when the newest execution started; a template that never ran has none.
    newestPossible: template.lastStartTime ?? -1,
    // Its executions' order keys share the template's prefix: a tie at LastStartTime is bounded unread.
    idPrefix: jobListIdPrefix('SAE', template.instanceId, template.appId),
    read: () => read,
    async fetch(after, limit, hint) {
      if (whole) return sliceWholeList(whole, after, limit);
      const upper = createdUpperBound(filter, after?.createdAt ?? null);
      const items: JobItem[] = [];
      /** Where each kept item sits in the history, for the hint. */
      const offsets = new Map<JobItem, number>();
      const keep = (executions: readonly SaeJobExecution[], start: number) => {
        executions.forEach((execution, k) => {
          if (upper !== null && execution.createdAt !== null && execution.createdAt > upper) return;
          if (!matchesJobFilter(execution, filter)) return;
          const item = jobItem(execution);
          if (!isAfter(item, after)) return;
          items.push(item);
          offsets.set(item, start + k);
        });
      };
      const order = new NewestFirstCheck();
      const paged = () => instanceOrder.newestFirst && order.holds;
      let calls = 0;
      const fetchPage: FetchNumberedPage<SaeJobExecution> = (currentPage, pageSize) => {
        // Past a break in the order, each further call finishes the list whole: from the page's allowance.
        if (calls++ === 0 || paged()) context.reads.count();
        else context.reads.take('SAE');
        return context.loaders.sae.executionPages.load({
          instanceId: template.instanceId,
          template: { appId: template.appId, appName: template.appName },
          filter: state ? { state } : {},
          page: { currentPage, pageSize },
        });
      };
      /** Reads executions [start, end) (end null: to the total) in the largest pages SAE takes. */
      const readWhole = async (start: number, end: number | null) => {
        let offset = start;
        let bound = end;
        while (bound === null || offset < bound) {
          const to = Math.min(bound ?? Infinity, offset + SAE_JOB_HISTORY_MAX_PAGE_SIZE);
          const window = await readNumberedWindow(fetchPage, offset, to, SAE_JOB_HISTORY_MAX_PAGE_SIZE, memo);
          keep(window.items, offset);
          offset += window.items.length;
          bound = Math.min(bound ?? window.total, window.total);
          if (window.items.length === 0) return;
        }
      };
      const wholeList = () => {
        read = 'FULL_READ';
        whole = items.sort(compareNewestFirst);
        return sliceWholeList(whole, after, limit);
      };
      if (!instanceOrder.newestFirst) {
        await readWhole(0, null);
        return wholeList();
      }
      const from = typeof hint === 'number' && hint >= 1 ? (hint - 1) * HISTORY_PAGE_SIZE : 0;
      let offset = from;
      for (;;) {
        const page = await readNumberedWindow(
          fetchPage,
          offset,
          offset + HISTORY_PAGE_SIZE,
          HISTORY_PAGE_SIZE,
          memo,
        );
        const last = page.items[page.items.length - 1];
        keep(page.items, offset);
        offset += page.items.length;
        if (!order.accept(page.items.map((execution) => execution.createdAt))) {
          instanceOrder.newestFirst = false;
          // Whole: what the hint skipped and what is left.
          await Promise.all([from > 0 ? readWhole(0, from) : null, readWhole(offset, page.total)]);
          return wholeList();
        }
        const more = page.items.length > 0 && offset < page.total;
        // Newest first so far: once past createdAfter, nothing older can match.
        const exhausted =
          !more ||
          (filter.createdAfter !== null && last?.createdAt != null && last.createdAt < filter.createdAfter);
        items.sort(compareNewestFirst);
        // SAE orders by start time only and the merge breaks ties by job id: stop only once the read is
        // past the last served item's time, so no tie group of it waits on a page not yet read.
        const kth = items[limit - 1];
        const closed = kth !== undefined && last !== undefined && isOlder(last.createdAt, kth.createdAt);
        if (closed || exhausted) {
          const served = items.slice(0, limit);
          // Resume at the page holding the first item read but not served (else the last page read):
          // with ties, it may sit on an earlier page than the last. Page 1 is where a read starts
          // anyway: only a later page is worth a hint. Every hint rides in the last edge's cursor, and
          // a page that reads a few dozen histories would otherwise push that cursor past the 4,096
          // characters an argument may hold.
          const unserved = items.slice(served.length).map((item) => offsets.get(item) ?? 0);
          const resumeAt = unserved.length > 0 ? Math.min(...unserved) : Math.max(0, offset - 1);
          const resume = Math.floor(resumeAt / HISTORY_PAGE_SIZE) + 1;
          return {
            items: served,
            more: !exhausted || items.length > limit,
            ...(resume > 1 ? { hint: resume } : {}),
          };
        }
      }
    },
  };
}

/** One instance's lists: the histories of the templates the tenant may read that can reach the window. */
async function instanceLists(context: JobsPageContext, filter: JobQueryFilter, instanceId: string) {
  const instanceOrder: InstanceOrder = { newestFirst: true };
  return (await grantedTemplates(context, instanceId))
    .filter(
      (template) => filter.createdAfter === null || (template.lastStartTime ?? -1) >= filter.createdAfter,
    )
    .map((template) => templateList(context, filter, template, instanceOrder));
}

/**
 * SAE: one list per job template the tenant may read (its execution history). The templates come
 * from one ListJobs sweep per instance (per granted namespace, for a tenant limited to some), and
 * each template's LastStartTime bounds its newest execution, so a page only reads the histories
 * that can reach it (at 2,000 templates the first page reads a handful).
 */
export const saeJobFeed: JobFeed = {
  provider: 'SAE',
  instances: (context, filter) =>
    Promise.all(
      context.instances.sae
        .filter((instance) => inScope(filter, 'SAE', instance.regionId))
        .map((instance) =>
          listInstance('SAE', instance.id, () => instanceLists(context, filter, instance.id)),
        ),
    ),
};
