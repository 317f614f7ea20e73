import { mayReadSaeNamespace } from '../../domain/tenant-grants';
import { toSaeExecutionFilter } from './sae-job-execution.filter';
import { SAE_JOB_HISTORY_MAX_PAGE_SIZE } from '../../domain/upstream-page-limits';
import { connectionOf } from '../../pagination/connection';
import { toPageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceNumbered } from '../../pagination/numbered-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { SaeJobExecutionsArgs } from './sae-job-execution.args';
import { saeJobExecutionNode, type SaeJobExecutionNode, type SaeJobTemplateNode } from './sae-nodes';

/**
 * `SaeJobTemplate.executions`: the template's DescribeJobHistory, newest first, paged by number in
 * both directions. A filter nothing can match answers an empty page without calling SAE.
 */
export async function loadSaeJobExecutionConnection(
  context: GatewayContext,
  template: SaeJobTemplateNode,
  args: SaeJobExecutionsArgs,
): Promise<ConnectionResult<SaeJobExecutionNode>> {
  const request = toPageRequest(args);
  const filter = toSaeExecutionFilter(args.state, args.status);
  const binding = cursorBinding(['SaeJobTemplate.executions', template.id, filter]);
  // Templates are checked before their executions are listed; the grant check is defence in depth.
  if (filter === null || !mayReadSaeNamespace(context.tenant, template.namespaceId)) {
    // Still refuse a cursor that is not this list's, as any other page would.
    const cursor = request.direction === 'forward' ? request.after : request.before;
    if (cursor !== null)
      context.cursors.decode(cursor, binding, request.direction === 'forward' ? 'after' : 'before');
    return toConnectionResult(
      connectionOf<SaeJobExecutionNode>([], { hasNextPage: false, hasPreviousPage: false }, 0),
    );
  }
  const ref = { appId: template.appId, appName: template.appName };
  const page = await sliceNumbered(
    async (currentPage, pageSize) => {
      const { items, totalCount } = await context.loaders.sae.executionPages.load({
        instanceId: template.instanceId,
        template: ref,
        filter,
        page: { currentPage, pageSize },
      });
      return { items: items.map(saeJobExecutionNode), totalCount };
    },
    request,
    SAE_JOB_HISTORY_MAX_PAGE_SIZE,
    context.cursors,
    binding,
  );
  return toConnectionResult(page);
}
