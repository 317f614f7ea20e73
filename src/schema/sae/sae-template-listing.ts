import { SAE_PAGE_LIMITS, type SaeJobTemplateFilter } from '../../loaders/sae.loaders';
import type { ConcatSource } from '../../pagination/concat-slicer';
import { sliceConcatenated } from '../../pagination/concat-slicer';
import { toPageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceNumbered } from '../../pagination/numbered-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { SaeJobTemplatesArgs } from './sae-job-template.args';
import { selectInstances } from '../common/instances';
import { toSaeTemplateFilter } from './sae-job-template.filter';
import { saeJobTemplateNode, type SaeJobTemplateNode } from './sae-nodes';

/**
 * `Query.saeJobTemplates`: every selected instance's ListJobs listing, one after another in config
 * order, paged by number in both directions. totalCount is lazy: it reuses the totals the page
 * already fetched and spends one one-item ListJobs only on instances the page did not reach.
 */
export async function listSaeJobTemplates(
  context: GatewayContext,
  args: SaeJobTemplatesArgs,
): Promise<ConnectionResult<SaeJobTemplateNode>> {
  const request = toPageRequest(args);
  const instances = selectInstances(context.providers.sae, args.filter, 'SAE');
  const filter: SaeJobTemplateFilter = toSaeTemplateFilter(args.filter, args.orderBy);
  const scope = { instances: args.filter?.instances ?? null, regions: args.filter?.regions ?? null };
  const binding = cursorBinding(['saeJobTemplates', null, scope, filter]);
  const loadPage = (instanceId: string, currentPage: number, pageSize: number) =>
    context.loaders.sae.templatePages.load({ instanceId, filter, page: { currentPage, pageSize } });
  const totals = new Map<string, number>();
  const sources: ConcatSource<SaeJobTemplateNode>[] = instances.map((instance) => ({
    key: instance.id,
    async slice(inner) {
      const page = await sliceNumbered(
        async (number, size) => {
          const { items, totalCount } = await loadPage(instance.id, number, size);
          return { items: items.map(saeJobTemplateNode), totalCount };
        },
        inner,
        SAE_PAGE_LIMITS.templates,
        context.cursors,
        binding,
      );
      if (page.totalCount !== null) totals.set(instance.id, page.totalCount);
      return page;
    },
  }));
  const page = await sliceConcatenated(sources, request, context.cursors, binding);
  return toConnectionResult(page, async () => {
    const counts = await Promise.all(
      instances.map(
        async (instance) => totals.get(instance.id) ?? (await loadPage(instance.id, 1, 1)).totalCount,
      ),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  });
}
