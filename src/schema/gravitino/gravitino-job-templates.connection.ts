import type { GravitinoMetalakeScope } from '../../loaders/gravitino-scope';
import { mapPage } from '../../pagination/connection';
import { checkCursor, toPageRequest, type ConnectionArgs } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceList } from '../../pagination/list-slicer';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import { gravitinoJobTemplateNode, type GravitinoJobTemplateNode } from './gravitino-nodes';

/**
 * A page of a metalake's job templates in registration order: ONE listJobTemplates call
 * (`details=true`) per metalake per request, sliced both ways by name.
 */
export async function loadGravitinoJobTemplateConnection(
  context: GatewayContext,
  scope: GravitinoMetalakeScope,
  connection: string,
  args: ConnectionArgs,
): Promise<ConnectionResult<GravitinoJobTemplateNode>> {
  const request = toPageRequest(args);
  const binding = cursorBinding([connection, scope.instanceId, scope.metalake]);
  checkCursor(context.cursors, request, binding);
  const templates = await context.loaders.gravitino.templateLists.load(scope);
  const page = sliceList(templates, (template) => template.name, request, context.cursors, binding);
  return toConnectionResult(mapPage(page, gravitinoJobTemplateNode));
}
