import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from '../../domain/global-id';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { NodeNotFoundError } from '../../errors/node-not-found.error';
import type { GatewayContext } from '../gateway-context';
import { NODE_FETCHERS } from './node-fetchers';
import { Node } from './node.interface';

/** Most ids one `nodes` call may refetch, like a page. */
const MAX_NODES = 100;

/** One id refetched through its type's node fetcher (the request's loaders); `node`, `nodes` and `_entities` share it. */
export async function fetchNode(
  context: GatewayContext,
  id: string,
  argument: string,
): Promise<object | null> {
  const parts = fromGlobalId(id);
  const fetcher = parts ? NODE_FETCHERS[parts.type] : undefined;
  if (!parts || !fetcher)
    throw new BadUserInputError(`"${id.slice(0, 64)}" is not a jobgraph id.`, { argument });
  const node = await fetcher(context, parts.instanceId, parts.keys);
  // Missing and not granted get the same answer: null with this error, nothing else.
  if (node === null) throw new NodeNotFoundError(id);
  return node;
}

/** `Query.node` and `Query.nodes`: refetch anything from its global id alone. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'The object with this global id; null with a NOT_FOUND error when it does not exist or is not yours to read (the two are never told apart).',
  })
  node(
    @Arg('id', () => ID, { description: 'A global id, as read from any `id` field of this API.' }) id: string,
    @Ctx() context: GatewayContext,
  ): Promise<object | null> {
    return fetchNode(context, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'The objects with these ids, in order (up to 100); null, with a NOT_FOUND error at its index, where one does not exist or is not yours to read.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids, up to 100: the answers come in this order.' })
    ids: string[],
    @Ctx() context: GatewayContext,
  ): Promise<object | null>[] {
    if (ids.length > MAX_NODES)
      throw new BadUserInputError(`"ids" may hold at most ${MAX_NODES} ids.`, { argument: 'ids' });
    // One promise per item: they start together, so the loaders batch lookups of one kind into one
    // upstream call, and a failing id nulls only its own slot (error path ["nodes", i]).
    return ids.map((id) => fetchNode(context, id, 'ids'));
  }
}
