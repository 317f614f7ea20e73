import type { SaeJobTemplate } from '../domain/sae-job';
import { saeStateForStatus, type SaeJobState } from '../domain/sae-job-status';
import { grantedScope } from '../domain/tenant-grants';
import { SAE_LIST_JOBS_MAX_PAGE_SIZE } from '../domain/upstream-page-limits';
import { loadSaeTemplatePage } from '../loaders/sae-template-page';
import { compareNewestFirst, isAfter } from '../pagination/merge-order';
import { inScope, listInstance, type JobFeed, type JobList } from './job-feed';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from './job-query-filter';
import type { JobsContext } from './jobs-context';
import { jobItem, type JobItem } from './listed-job';

/** Executions read per DescribeJobHistory call; fixed so page numbers kept in cursors stay valid. */
const HISTORY_PAGE_SIZE = 50;

/** The one SAE state a status filter can push down, when it maps to exactly one. */
function pushedState(filter: JobQueryFilter): SaeJobState | undefined {
  if (!filter.statuses) return undefined;
  const states = new Set([...filter.statuses].map(saeStateForStatus));
  const [only] = states;
  return states.size === 1 && only !== null && only !== undefined ? only : undefined;
}

/**
 * Every template of an instance, or of one granted namespace of it: one sweep of ListJobs at its
 * largest page (ceil(n / 200) calls).
 */
async function allTemplates(
  context: JobsContext,
  instanceId: string,
  namespaceId?: string,
): Promise<SaeJobTemplate[]> {
  const templates: SaeJobTemplate[] = [];
  for (let currentPage = 1; ; currentPage++) {
    const page = await loadSaeTemplatePage(
      context.loaders.sae,
      instanceId,
      {},
      { currentPage, pageSize: SAE_LIST_JOBS_MAX_PAGE_SIZE },
      namespaceId,
    );
    templates.push(...page.items);
    if (page.items.length === 0 || templates.length >= page.totalCount) return templates;
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

/** One template's history as a list; the hint is the history page to resume reading at. */
function templateList(context: JobsContext, filter: JobQueryFilter, template: SaeJobTemplate): JobList {
  const state = pushedState(filter);
  return {
    key: `sae:${template.instanceId}:${template.appId}`,
    // LastStartTime is when the newest execution started; a template that never ran has none.
    newestPossible: template.lastStartTime ?? -1,
    async fetch(after, limit, hint) {
      const items: JobItem[] = [];
      let currentPage = typeof hint === 'number' && hint >= 1 ? hint : 1;
      const upper = createdUpperBound(filter, after?.createdAt ?? null);
      for (;;) {
        const page = await context.loaders.sae.executionPages.load({
          instanceId: template.instanceId,
          template: { appId: template.appId, appName: template.appName },
          filter: state ? { state } : {},
          page: { currentPage, pageSize: HISTORY_PAGE_SIZE },
        });
        for (const execution of page.items) {
          if (upper !== null && execution.createdAt !== null && execution.createdAt > upper) continue;
          if (!matchesJobFilter(execution, filter)) continue;
          const item = jobItem(execution);
          if (isAfter(item, after)) items.push(item);
        }
        const more = currentPage * HISTORY_PAGE_SIZE < page.totalCount;
        // History is newest first: once past createdAfter, nothing older can match.
        const last = page.items[page.items.length - 1];
        const exhausted =
          !more ||
          (filter.createdAfter !== null && last?.createdAt != null && last.createdAt < filter.createdAfter);
        if (items.length >= limit || exhausted) {
          // SAE orders by start time only; the merge breaks ties by global id.
          items.sort(compareNewestFirst);
          // Page 1 is where a read starts anyway: only a later page is worth a hint. Every hint rides in
          // the last edge's cursor, and a page that reads a few dozen histories would otherwise push
          // that cursor past the 4,096 characters an argument may hold.
          return {
            items: items.slice(0, limit),
            more: !exhausted || items.length > limit,
            ...(currentPage > 1 ? { hint: currentPage } : {}),
          };
        }
        currentPage += 1;
      }
    },
  };
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
          listInstance('SAE', instance.id, async () =>
            (await grantedTemplates(context, instance.id))
              .filter(
                (template) =>
                  filter.createdAfter === null || (template.lastStartTime ?? -1) >= filter.createdAfter,
              )
              .map((template) => templateList(context, filter, template)),
          ),
        ),
    ),
};
