import { BadUserInputError } from '../../errors/bad-user-input.error';
import { sliceConcatenated, type ConcatSource } from '../../pagination/concat-slicer';
import { checkCursor, toPageRequest } from '../../pagination/connection-args';
import { cursorBinding } from '../../pagination/cursor-codec';
import { sliceList } from '../../pagination/list-slicer';
import type { ConfiguredGravitino } from '../../domain/configured-instance';
import { toConnectionResult, type ConnectionResult } from '../common/connection.type';
import type { GatewayContext } from '../gateway-context';
import type { GravitinoMetalakesArgs } from './gravitino-metalake.args';
import { gravitinoMetalakeNode, type GravitinoMetalakeNode } from './gravitino-nodes';

/** The instances a client asked for, in config order; an unknown id is refused, not ignored. */
function selectInstances(
  all: readonly ConfiguredGravitino[],
  ids: readonly string[] | null | undefined,
): ConfiguredGravitino[] {
  if (ids == null) return [...all];
  for (const id of ids) {
    if (!all.some((instance) => instance.id === id)) {
      throw new BadUserInputError(`"${id}" is not a configured Gravitino instance.`, {
        argument: 'filter.instances',
      });
    }
  }
  return all.filter((instance) => ids.includes(instance.id));
}

/** An instance's configured metalakes that its server has, in config order (one listMetalakes per request). */
async function configuredMetalakes(
  context: GatewayContext,
  instance: ConfiguredGravitino,
): Promise<GravitinoMetalakeNode[]> {
  // An instance whose metalakes are all another tenant's (see grantedProviders) has nothing to list.
  if (instance.metalakes.length === 0) return [];
  const byName = new Map(
    (await context.loaders.gravitino.metalakeLists.load(instance.id)).map((lake) => [lake.name, lake]),
  );
  return instance.metalakes.flatMap((name) => {
    const lake = byName.get(name);
    return lake ? [gravitinoMetalakeNode(lake)] : [];
  });
}

/**
 * The configured metalakes of every selected instance, instance after instance in config order.
 * A configured metalake its server does not have is left out. totalCount, only when selected, sums
 * each instance's count: one listMetalakes per instance, shared with the page through the loader.
 */
export async function loadGravitinoMetalakeConnection(
  context: GatewayContext,
  args: GravitinoMetalakesArgs,
): Promise<ConnectionResult<GravitinoMetalakeNode>> {
  const request = toPageRequest(args);
  const instances = selectInstances(context.instances.gravitino, args.filter?.instances);
  const binding = cursorBinding(['gravitinoMetalakes', null, instances.map((instance) => instance.id)]);
  checkCursor(context.cursors, request, binding);
  const sources: ConcatSource<GravitinoMetalakeNode>[] = instances.map((instance) => ({
    key: instance.id,
    slice: async (inner) => {
      const lakes = await configuredMetalakes(context, instance);
      return sliceList(
        lakes,
        (lake) => lake.name,
        inner,
        context.cursors,
        cursorBinding([binding, instance.id]),
      );
    },
  }));
  const page = await sliceConcatenated(sources, request, context.cursors, binding);
  const total = async (): Promise<number> => {
    const counts = await Promise.all(
      instances.map(async (instance) => (await configuredMetalakes(context, instance)).length),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  };
  return toConnectionResult(page, total);
}
