import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldArguments } from '../limits/field-arguments';
import type { CostEnvironment } from './cost-environment';
import { DETAIL_GROUP_OF, DETAIL_GROUPS, EMBEDDED_LIST_SIZES } from './detail-groups';
import { FIELD_COSTS, type FieldCost } from './field-costs';

/** What an operation can build and call, at most. */
export interface CostEstimate {
  readonly requestedObjects: number;
  readonly requestedUpstreamCalls: number;
}

/** The objects of one selection set: how many, how many list evaluations produced them, and where from. */
interface Level {
  readonly count: number;
  /** Separate evaluations (one per parent) of the list that produced them: the batches of a batched lookup. */
  readonly lists: number;
  /** Coordinate of the field that produced them (connection wrappers pass their field's through). */
  readonly origin: string;
  /** Items of a connection, reached through its `nodes` / `edges`. */
  readonly items: number;
  /** The enclosing levels by type name (this one included), innermost winning. */
  readonly ancestors: ReadonlyMap<string, Level>;
  /** Detail groups selected on these objects (filled while walking, settled once per level). */
  readonly groups: Set<string>;
}

const isWrapper = (typeName: string) => typeName.endsWith('Connection') || typeName.endsWith('Edge');

function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function costOf(parent: GraphQLCompositeType, field: string): FieldCost | undefined {
  const own = FIELD_COSTS[`${parent.name}.${field}`];
  if (own || !isObjectType(parent)) return own;
  for (const face of parent.getInterfaces()) {
    const inherited = FIELD_COSTS[`${face.name}.${field}`];
    if (inherited) return inherited;
  }
  return undefined;
}

/** Whether a selection set selects `name` itself (through fragments, not below other fields). */
function selects(
  set: SelectionSetNode,
  name: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    return fragment ? selects(fragment.selectionSet, name, fragments) : false;
  });
}

/**
 * The provider-aware cost of an operation, before it runs: a walk over its selections (fragments
 * expanded, every type condition taken, duplicates counted) that multiplies page sizes and id
 * lists through nesting and charges each field what FIELD_COSTS and DETAIL_GROUPS say it costs.
 * Every choice rounds up, so the estimate is an upper bound of what the loaders really do (they
 * dedupe what this counts twice). Call it only on a document within maxFieldSelections.
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  environment: CostEnvironment,
): CostEstimate {
  let objects = 0;
  let calls = 0;
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, level: Level): void => {
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FIELD) {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        // Fields of a type condition apply to (at most) all of this level's objects.
        if (isCompositeType(condition)) walk(fragment.selectionSet, condition, level);
        continue;
      }
      const name = selection.name.value;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field) continue;
      const coordinate = `${parent.name}.${name}`;
      const group = DETAIL_GROUP_OF.get(coordinate);
      if (group) {
        // A call made for an enclosing object (a pod's field served by its job's GetJob) is
        // charged once, on that object's level.
        const owner = DETAIL_GROUPS[group]?.owner;
        ((owner && level.ancestors.get(owner)) || level).groups.add(group);
      }
      const type = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(type)) continue;
      const args = fieldArguments(field, selection, variables) ?? {};
      const cost = costOf(parent, name);
      let child: Omit<Level, 'ancestors' | 'groups'>;
      if (cost?.kind === 'list') {
        const input = { args, environment };
        calls += level.count * cost.calls(input);
        if (cost.totalCountCalls && selects(selection.selectionSet, 'totalCount', fragments)) {
          calls += level.count * cost.totalCountCalls(input);
        }
        const items = level.count * cost.size(input);
        // A connection object per parent, its items below; `nodes` returns the items themselves.
        child = isWrapper(type.name)
          ? { count: level.count, lists: level.count, origin: coordinate, items }
          : { count: items, lists: level.count, origin: coordinate, items };
        if (!isWrapper(type.name)) objects += items;
      } else if (cost?.kind === 'batched') {
        const input = { args, environment };
        if (!cost.freeFrom?.includes(level.origin))
          calls += cost.perObject
            ? level.lists * cost.batches(input) + level.count
            : Math.min(level.count, level.lists * cost.batches(input));
        const items = level.count * (cost.size?.(input) ?? 1);
        child = isWrapper(type.name)
          ? { count: level.count, lists: level.count, origin: coordinate, items }
          : { count: items, lists: level.lists, origin: coordinate, items };
        if (!isWrapper(type.name)) objects += items;
      } else if (isWrapper(parent.name) && (name === 'nodes' || name === 'edges' || name === 'node')) {
        child = { count: level.items, lists: level.lists, origin: level.origin, items: level.items };
        if (name !== 'edges') objects += level.items;
      } else {
        const size = isListOutput(field.type) ? (EMBEDDED_LIST_SIZES[coordinate] ?? 1) : 1;
        child = {
          count: level.count * size,
          lists: level.lists,
          origin: coordinate,
          items: level.count * size,
        };
        objects += level.count * size;
      }
      const ancestors = new Map(level.ancestors);
      const next: Level = { ...child, ancestors, groups: new Set() };
      ancestors.set(type.name, next);
      walk(selection.selectionSet, type, next);
      settleGroups(next);
    }
  };
  const settleGroups = (level: Level): void => {
    for (const name of level.groups) {
      const group = DETAIL_GROUPS[name];
      if (!group) continue;
      if (group.onlyFrom && !group.onlyFrom.includes(level.origin)) continue;
      if (group.freeFrom?.includes(level.origin)) continue;
      calls += level.count;
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) {
    walk(operation.selectionSet, root, {
      count: 1,
      lists: 1,
      origin: root.name,
      items: 1,
      ancestors: new Map(),
      groups: new Set(),
    });
  }
  const bounded = (value: number) => Math.min(Number.MAX_SAFE_INTEGER, Math.ceil(value));
  return { requestedObjects: bounded(objects), requestedUpstreamCalls: bounded(calls) };
}
