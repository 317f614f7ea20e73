import type { SaeJobState, SaeJobTemplate } from '../../../domain/sae-job';
import { grantedScope } from '../../../domain/tenant-grants';
import { compareNewestFirst, isAfter } from '../../../pagination/merge-order';
import type { MergeSource } from '../../../pagination/merge';
import { saeStateForStatus } from '../../../providers/sae/sae-status';
import { SAE_PAGE_LIMITS } from '../../../loaders/sae.loaders';
import { requirePushedDownScope } from '../../common/scope-pushdown-check';
import type { GatewayContext } from '../../gateway-context';
import { loadNamespacePage } from '../../sae/sae-namespace-page';
import { saeJobExecutionNode } from '../../sae/sae-nodes';
import { inScope, instanceSources, type JobMergeItem, type JobSourceFactory } from '../job-merge-source';
import { createdUpperBound, matchesJobFilter, type JobQueryFilter } from '../job-query-filter';

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
 * Every template of an instance, or of one granted namespace of it (NamespaceId pushed down): one
 * sweep of ListJobs at its largest page (ceil(n / 200) calls).
 */
async function allTemplates(
  context: GatewayContext,
  instanceId: string,
  namespaceId?: string,
): Promise<SaeJobTemplate[]> {
  const templates: SaeJobTemplate[] = [];
  for (let currentPage = 1; ; currentPage++) {
    const request = { currentPage, pageSize: SAE_PAGE_LIMITS.templates };
    const page =
      namespaceId === undefined
        ? await context.loaders.sae.templatePages.load({ instanceId, filter: {}, page: request })
        : await loadNamespacePage(context, instanceId, { namespaceId }, request);
    if (namespaceId !== undefined)
      requirePushedDownScope(page.items, (item) => item.namespaceId === namespaceId, 'SAE', 'ListJobs');
    templates.push(...page.items);
    if (page.items.length === 0 || templates.length >= page.totalCount) return templates;
  }
}

/** The templates a tenant may read: all of them, or those of each granted namespace in turn. */
async function grantedTemplates(context: GatewayContext, instanceId: string): Promise<SaeJobTemplate[]> {
  const namespaces = grantedScope(context.tenant, 'saeNamespaces', null);
  if (namespaces === null) return allTemplates(context, instanceId);
  const lists = await Promise.all(namespaces.map((namespace) => allTemplates(context, instanceId, namespace)));
  return lists.flat();
}

/** One template's history as a merge source; the hint is the history page to resume reading at. */
function templateSource(
  context: GatewayContext,
  filter: JobQueryFilter,
  template: SaeJobTemplate,
): MergeSource<object> {
  const state = pushedState(filter);
  return {
    key: `sae:${template.instanceId}:${template.appId}`,
    // LastStartTime is when the newest execution started; a template that never ran has none.
    newestPossible: template.lastStartTime ?? -1,
    async fetch(after, limit, hint) {
      const items: JobMergeItem[] = [];
      let currentPage = typeof hint === 'number' && hint >= 1 ? hint : 1;
      const upper = createdUpperBound(filter, after?.t ?? null);
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
          const node = saeJobExecutionNode(execution);
          const item = { t: execution.createdAt, k: node.id, node };
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
          return {
            items: items.slice(0, limit),
            more: !exhausted || items.length > limit,
            hint: currentPage,
          };
        }
        currentPage += 1;
      }
    },
  };
}

/**
 * One source per SAE job template the tenant may read: its execution history. The templates come
 * from one ListJobs sweep per instance (per granted namespace, for a tenant limited to some), and
 * each template's LastStartTime bounds its newest execution, so a page only reads the histories
 * that can reach it (at 2,000 templates the first page reads a handful).
 */
export const saeJobSources: JobSourceFactory = async (context, filter) =>
  Promise.all(
    context.providers.sae
      .filter((instance) => inScope(filter, 'SAE', instance.regionId))
      .map((instance) =>
        instanceSources('SAE', instance.id, async () =>
          (await grantedTemplates(context, instance.id))
            .filter(
              (template) =>
                filter.createdAfter === null || (template.lastStartTime ?? -1) >= filter.createdAfter,
            )
            .map((template) => templateSource(context, filter, template)),
        ),
      ),
  );
